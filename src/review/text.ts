// The draft as plain text, for a non-terminal, `--print`, and the summary after accepting.
import type { ChalkInstance } from 'chalk';
import { formatHM } from '../core/duration.ts';
import { formatClock, weekdayOf } from '../core/time.ts';
import { visible } from '../core/visible.ts';
import { evidenceLine, truncate } from './summary.ts';
import type { Draft, DraftSet, ReviewInput } from './types.ts';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export const dayLabel = (day: string): string => `${WEEKDAYS[weekdayOf(day)]} ${day}`;
/** Client and project as shown: a project typed or synced with control characters shows them. */
export const who = (d: Pick<Draft, 'client' | 'project'>): string => visible(d.project ? `${d.client}/${d.project}` : d.client);
const total = (ds: readonly Draft[]): number => ds.reduce((ms, d) => ms + d.end - d.start, 0);

/** "13:32–14:00  0:28  acme" padded, so rows line up. */
export function draftHead(d: Draft, tz: string, clientWidth: number): string {
  return `${formatClock(d.start, tz)}–${formatClock(d.end, tz)}  ${formatHM(d.end - d.start).padStart(5)}  ${truncate(who(d), clientWidth).padEnd(clientWidth)}`;
}

export const conflictText = (c: { clients: string[]; kinds: string[] }): string => `${c.clients.join(' vs ')} (${c.kinds.join(', ')})`;

export function renderDraftText(input: Pick<ReviewInput, 'from' | 'to' | 'tz'>, set: DraftSet, c: ChalkInstance, width = 100): string {
  const { tz } = input;
  const n = set.drafts.length;
  const out = [c.bold(`Review ${input.from}..${input.to} (${tz}): ${n} draft${n === 1 ? '' : 's'}, ${formatHM(set.untrackedMs)} untracked`)];
  const cw = Math.min(16, Math.max(6, ...set.drafts.map((d) => who(d).length)));
  const days = [...new Set([...set.drafts.map((d) => d.day), ...set.notes.map((x) => x.day)])].sort();
  for (const day of days) {
    out.push('', c.bold(dayLabel(day)));
    for (const d of set.drafts.filter((x) => x.day === day)) {
      const head = `  ${d.id.padEnd(4)} ${draftHead(d, tz, cw)}  `;
      out.push(head + c.dim(evidenceLine(d.sources, Math.max(20, width - head.length))));
      if (d.conflict) out.push(c.yellow(`       conflict: ${conflictText(d.conflict)}; choose the client with o in the review screen`));
    }
    for (const x of set.notes.filter((y) => y.day === day)) {
      out.push(c.yellow(`  conflict ${formatClock(x.start, tz)}–${formatClock(x.end, tz)}  ${formatHM(x.end - x.start).padStart(5)}  ${conflictText(x)}: tracked time settled it; \`tt edit\` changes it`));
    }
  }
  if (!n && !set.notes.length) out.push('', 'Nothing to review: all evidence in this range is tracked.');
  else if (n) out.push('', c.dim('Review them in a terminal with `tt review`, or add them all with `tt review --accept-all --yes`.'));
  return `${out.join('\n')}\n`;
}

/** What a session added, for the screen's last frame and for --accept-all. */
export function addedSummary(drafts: readonly Draft[], tz: string): string {
  if (!drafts.length) return 'Nothing added.\n';
  const lines = [`Added ${drafts.length} entr${drafts.length === 1 ? 'y' : 'ies'}, ${formatHM(total(drafts))} (source review; \`tt undo\` reverts them all):`];
  const cw = Math.min(16, Math.max(6, ...drafts.map((d) => who(d).length)));
  for (const d of drafts) lines.push(`  ${d.day}  ${draftHead(d, tz, cw).trimEnd()}`);
  return `${lines.join('\n')}\n`;
}
