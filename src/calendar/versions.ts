// One event may appear several times: iTIP files carry every update of a meeting, and some exports
// repeat a component. For each UID and RECURRENCE-ID the version with the highest SEQUENCE (then the
// latest DTSTAMP, then the last in the file) is kept, and each replaced copy is reported.
import { named, type EventData, type TimeValue } from './event.ts';
import type { Problem } from './types.ts';

export function latestVersions(events: readonly EventData[], problems: Problem[]): EventData[] {
  const kept = new Map<string, EventData>();
  for (const e of events) {
    // A far override's RECURRENCE-ID is known only as written: it never matches its master or a near copy.
    const id = `${e.uid}\u0000${e.far && e.farRid ? `far ${e.farRid}` : e.recurrenceId ? ridKey(e.recurrenceId) : ''}`;
    const prev = kept.get(id);
    if (!prev) {
      kept.set(id, e);
      continue;
    }
    const newer = e.sequence !== prev.sequence ? e.sequence > prev.sequence : e.stamp !== prev.stamp ? e.stamp > prev.stamp : e.line > prev.line;
    const [win, lose] = newer ? [e, prev] : [prev, e];
    kept.set(id, win);
    problems.push({ line: lose.line, message: `${named(lose)} is an older copy of the event at line ${win.line} (same UID); it was left out` });
  }
  return [...kept.values()];
}

function ridKey(v: TimeValue): string {
  return `${v.naive}@${v.kind}${v.zone}`;
}
