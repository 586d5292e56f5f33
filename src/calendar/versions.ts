// One event may appear several times: iTIP files carry every update of a meeting, and some exports
// repeat a component. For each UID and RECURRENCE-ID the version with the highest SEQUENCE (then the
// latest DTSTAMP, then the last in the file) is kept, and each replaced copy is reported.
import type { EventData } from './event.ts';
import type { Problem } from './types.ts';

export function latestVersions(events: readonly EventData[], problems: Problem[]): EventData[] {
  const kept = new Map<string, EventData>();
  for (const e of events) {
    const id = `${e.uid}\u0000${e.recurrenceId ? `${e.recurrenceId.naive}@${e.recurrenceId.zone.label}` : ''}`;
    const prev = kept.get(id);
    if (!prev) {
      kept.set(id, e);
      continue;
    }
    const newer = e.sequence !== prev.sequence ? e.sequence > prev.sequence : e.stamp !== prev.stamp ? e.stamp > prev.stamp : e.line > prev.line;
    const [win, lose] = newer ? [e, prev] : [prev, e];
    kept.set(id, win);
    const what = lose.title ? `"${lose.title}"` : `the event with UID ${lose.uid}`;
    problems.push({ line: lose.line, message: `${what} is an older copy of the event at line ${win.line} (same UID); it was left out` });
  }
  return [...kept.values()];
}
