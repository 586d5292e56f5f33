// Tracked entries as history replays them: none may end before it starts (an import, a synced file or
// a hand edit can store one; every command that sums time would count it negative). Doctor cannot
// know which end is wrong, so it names the entry and the command that fixes it.
import { replay } from '../core/replay.ts';
import type { Check, Finding } from './check.ts';
import { timeEvents } from './events.ts';

export const entries: Check = {
  name: 'entries',
  covers: 'tracked entries (history replayed): none ends before it starts',
  run(d) {
    const located = timeEvents(d);
    const fileOf = new Map<string, string>();
    for (const { event, file } of located) if (event.kind === 'entry') fileOf.set(event.entry, file);
    const findings: Finding[] = [];
    for (const e of replay(located.map((l) => l.event))) {
      if (e.end === null || e.end >= e.start) continue;
      findings.push({
        file: fileOf.get(e.id) ?? d.p.events,
        problem: `entry ${e.id} (${e.client}) ends before it starts: ${new Date(e.start).toISOString()} to ${new Date(e.end).toISOString()}`,
        repaired: false,
        fix: `Set the right end with \`tt edit ${e.id} --to TIME\` (or start with --from), or remove it with \`tt delete ${e.id}\`.`,
      });
    }
    return findings;
  },
};
