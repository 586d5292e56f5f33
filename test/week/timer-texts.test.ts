// Issue 17 item 7: after `tt start acme --at "yesterday 22:00"` the forgotten-timer hint said
// `tt stop --at "<yesterday> 18:00"`, a stop before the start, and the confirmation said "Started
// acme at 22:00." as if it were today. Hints never suggest a stop before the start; confirmations
// name the day when it is not today.
import { describe, expect, it } from 'vitest';
import { week } from './run.ts';

describe('timer texts', () => {
  it('suggests a stop after a late start, and names yesterday in the confirmation', async () => {
    const w = await week('2026-12-05T10:30:00Z'); // Saturday 11:30 in Berlin
    const start = await w.ok(['start', 'acme', '--at', 'yesterday 22:00']);
    expect(start.out).toBe('Started acme at 2026-12-04 22:00.\n');
    expect(start.err).toContain('acme has been running since 2026-12-04 22:00 (13:30, past midnight)');
    // The next full hour after the start, never 18:00 the same day.
    expect(start.err).toContain('stop it when you did: tt stop --at "2026-12-04 23:00"');
    expect(start.err).not.toContain('18:00');
    const status = await w.ok(['status']);
    expect(status.out).toContain('(since 2026-12-04 22:00)');
    const stop = await w.ok(['stop', '--at', '2026-12-04 23:00']);
    expect(stop.out).toBe('Stopped acme after 1:00 (2026-12-04 22:00–23:00).\n');
  });

  it('keeps 18:00 for a timer started in the day, and leaves the date out today', async () => {
    const w = await week('2026-12-05T07:00:00Z'); // 08:00
    expect((await w.ok(['start', 'acme'])).out).toBe('Started acme at 08:00.\n');
    w.at('2026-12-05T19:30:00Z'); // 20:30, over ten hours
    const status = await w.ok(['status']);
    expect(status.out).toContain('(since 08:00)');
    expect(status.err).toContain('tt stop --at "18:00"');
    expect((await w.ok(['stop', '--at', '18:00'])).out).toBe('Stopped acme after 10:00 (08:00–18:00).\n');
  });

  it('suggests midnight for a timer started late in the evening', async () => {
    const w = await week('2026-12-04T22:40:00Z'); // 23:40
    await w.ok(['start', 'acme']);
    w.at('2026-12-04T23:05:00Z'); // 00:05, past midnight
    const status = await w.ok(['status']);
    expect(status.err).toContain('stop it when you did: tt stop --at "00:00"');
    expect((await w.ok(['stop', '--at', '00:00'])).out).toBe('Stopped acme after 0:20 (2026-12-04 23:40–2026-12-05 00:00).\n');
  });

  it('names both days for an entry across midnight, and suggests a later stop after 24 hours', async () => {
    const w = await week('2026-12-05T10:30:00Z');
    const add = await w.ok(['add', 'acme', '--from', 'yesterday 22:00', '--to', '01:00']);
    expect(add.out).toMatch(/^Added acme 2026-12-04 22:00–2026-12-05 01:00 \(3:00\), id /);
    const today = await w.ok(['add', 'globex', '--from', '09:00', '--to', '10:00']);
    expect(today.out).toMatch(/^Added globex 09:00–10:00 \(1:00\), id /);

    await w.ok(['start', 'acme', '--at', '2026-12-02T21:30:00Z']); // Wednesday 22:30
    const stop = await w.run(['stop']);
    expect(stop.code).toBe(2);
    expect(stop.err).toContain('tt stop --at "2026-12-02 23:00"');
  });
});
