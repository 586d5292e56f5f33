// Start-up speed reads local time through Date's getters when the zone asked for is the process's own
// zone ($TZ, or where /etc/localtime points: src/platform/process-zone.ts), instead of building an
// Intl formatter (src/core/time.ts).
// The two paths must agree to the minute, across both DST changes: the same session is run once in
// the process's own zone and once under TZ=UTC with `tz` configured, and must read the same.
import { describe, expect, it } from 'vitest';
import { ok, ttEnv, type TtEnv } from '../helpers/cli.ts';

const NOW = '2026-11-20T12:00:00Z';
const ADDS = [
  ['2026-03-28 23:30', '2026-03-29 01:30'], // midnight before the spring change
  ['2026-03-29 01:30', '2026-03-29 03:30'], // across the missing hour
  ['2026-10-25 01:30', '2026-10-25 02:30'], // into the repeated hour
  ['2026-10-25 02:30', '2026-10-25 03:30'],
  ['2026-07-01 09:00', '2026-07-01 17:45'], // summer time
];

/** Runs the session and returns what a user sees, with the random parts of ids taken out. */
function session(e: TtEnv): { text: string; json: unknown } {
  ok(e, ['client', 'add', 'acme']);
  for (const [from, to] of ADDS) ok(e, ['add', 'acme', '--from', from!, '--to', to!]);
  ok(e, ['start', 'acme', '--at', '09:15']);
  const text = ok(e, ['log', '--since', '2026-03-01', '--until', '2026-11-30']).stdout.replace(/^ {2}\S+ {2}/gm, '  ID  ');
  const json = JSON.parse(ok(e, ['log', '--since', '2026-03-01', '--until', '2026-11-30', '--json']).stdout) as { entries: Record<string, unknown>[] };
  const status = ok(e, ['status']).stdout;
  return { text: `${text}\n${status}`, json: json.entries.map(({ id: _id, shortId: _s, ...rest }) => rest) };
}

describe('local time without Intl for the process zone', () => {
  it('reads and writes every instant as the Intl path does, across both DST changes', () => {
    const own = ttEnv({ now: NOW, tz: 'Europe/Berlin' });
    const viaIntl = ttEnv({ now: NOW, tz: 'UTC' });
    ok(viaIntl, ['config', 'set', 'tz', 'Europe/Berlin']);
    const a = session(own);
    const b = session(viaIntl);
    expect(a.text).toBe(b.text);
    expect(a.json).toEqual(b.json);
    // And the readings are right, not merely equal: the gap hour is skipped, the repeated one counted.
    expect(a.text).toContain('2026-03-29');
    expect(a.json).toContainEqual(expect.objectContaining({ start: '2026-03-29T00:30:00Z', end: '2026-03-29T01:30:00Z', hours: 1 }));
    expect(a.json).toContainEqual(expect.objectContaining({ start: '2026-10-24T23:30:00Z', end: '2026-10-25T00:30:00Z' }));
    expect(a.json).toContainEqual(expect.objectContaining({ start: '2026-11-20T08:15:00Z', running: true }));
  });
});
