// Several `tt start` at once, on the real clock (issue 12 item 18). Each used to read the clock
// before it took the lock: one that waited for the lock then found a timer started after its own
// "now", and was refused with an `--at ...` message although no --at was given; others recorded
// entries that overlapped by tens of milliseconds. "Now" is read under the lock: every start gets
// through, and the timers form one chain, each ending exactly where the next begins.
import { describe, expect, it } from 'vitest';
import { ok, ttAsync, ttEnv, ttJson } from '../helpers/cli.ts';

const AT_ONCE = 6;
const ROUNDS = 3;

interface LogJson {
  entries: { project: string | null; start: string; end: string | null }[];
}

describe('concurrent tt start', () => {
  it(`${AT_ONCE} at once, ${ROUNDS} times: all get through, and no two timers overlap`, async () => {
    const e = ttEnv(); // no TT_NOW: the real clock, as a user has it
    ok(e, ['client', 'add', 'acme']);
    for (let round = 0; round < ROUNDS; round++) {
      const runs = await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => ttAsync(e, ['start', `acme/p${round}-${i}`])));
      for (const r of runs) expect([r.code, r.stderr]).toEqual([0, '']);
    }
    const entries = ttJson<LogJson>(e, ['log', '--since', '2000-01-01']).entries.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    expect(entries).toHaveLength(AT_ONCE * ROUNDS);
    expect(entries.filter((x) => x.end === null)).toHaveLength(1);
    for (let i = 0; i + 1 < entries.length; i++) {
      const [a, b] = [entries[i]!, entries[i + 1]!];
      expect(a.end, `${a.project} then ${b.project}`).toBe(b.start);
    }
  });
});
