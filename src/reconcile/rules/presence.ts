// Rule 3b, shell presence: from enter to the earlier of leave and the last record plus `idle`, so a
// terminal left open overnight counts `idle` minutes, not the night. A record that comes more than
// `idle` after the one before starts a new stretch: the user came back to a terminal left open.
import type { Interval, PresenceRecord } from './types.ts';

export function buildPresence(records: readonly PresenceRecord[], idleMs: number): Interval[] {
  // Each terminal is followed on its own (when records name one); a repo open in two terminals is
  // two stretches, which attribution counts once.
  const groups = new Map<string, PresenceRecord[]>();
  for (const r of records) {
    const key = `${r.repo}\u0000${r.shell ?? ''}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out: Interval[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.at - b.at);
    const { repo, client } = group[0]!;
    let start: number | null = null;
    let last = 0;
    const close = (end: number): void => {
      if (start !== null && end > start) out.push({ start, end, client, kind: 'presence', level: 'activity', repo });
      start = null;
    };
    for (const r of group) {
      if (start !== null && r.at - last > idleMs) close(last + idleMs);
      if (r.kind === 'leave') {
        close(r.at); // a leave with no open stretch ends nothing
        continue;
      }
      if (start === null) start = r.at;
      last = r.at;
    }
    close(last + idleMs);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
