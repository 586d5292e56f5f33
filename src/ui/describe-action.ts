// One line on what a recorded action did, for `tt undo`.
import { count } from '../core/plural.ts';
import type { Entry, TimeEvent } from '../core/events.ts';
import { formatLocal } from '../core/time.ts';
import { label } from './entry-text.ts';

export function describeAction(events: readonly TimeEvent[], entries: readonly Entry[], tz: string): string {
  const marks = events.filter((e) => e.kind === 'edit' && Object.keys(e.set).length === 1 && 'invoice' in e.set);
  if (marks.length && marks.length === events.length) {
    const inv = marks[0]!.kind === 'edit' ? marks[0]!.set.invoice : null;
    return inv ? `invoice marking of ${marks.length} entr${marks.length === 1 ? 'y' : 'ies'}` : `removal of an invoice marking from ${count(marks.length, 'entry')}`;
  }
  // An import or a review session adds many entries in one action: count them, do not list them.
  const added = events.filter((e) => e.kind === 'entry');
  if (added.length > 3) {
    const how = added[0]!.source === 'import' ? 'import' : added[0]!.source === 'review' ? 'review' : 'addition';
    return `${how} of ${count(added.length, 'entry')}`;
  }
  const parts: string[] = [];
  const find = (id: string): Entry | undefined => entries.find((e) => e.id === id);
  for (const e of [...events].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (e.kind === 'entry') parts.push(`${e.end === null ? 'start' : 'add'} ${label(e)} at ${formatLocal(Date.parse(e.start), tz)}`);
    else if (e.kind === 'delete') parts.push(`delete of ${find(e.entry) ? label(find(e.entry)!) : 'an entry'}`);
    else if (e.kind === 'edit') {
      const target = find(e.entry);
      const name = target ? label(target) : 'an entry';
      const isStop = Object.keys(e.set).length === 1 && e.set.end && target?.end === null;
      parts.push(isStop ? `stop of ${name}` : `edit of ${name} (${Object.keys(e.set).join(', ')})`);
    }
  }
  return parts.join(', ') || 'an action';
}
