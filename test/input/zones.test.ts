// Issue 12 item 13, time zones: a `tz` in config that this Node's ICU does not know (synced from a
// newer Node), or an empty or unknown $TZ, used to make log/add/start/stop exit 70. Commands that
// only show data now fall back (system zone, then UTC) with one warning naming the fix; a wall-clock
// time (`add --from 10:00`, `--at 9:00`) is refused with exit 4 rather than recorded wrong.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseZone } from '../../src/core/zone-choice.ts';
import { testCtx } from '../helpers/ctx.ts';
import { ok, tt, ttEnv } from '../helpers/cli.ts';
import { run } from './run.ts';

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('a configured zone this Node does not know', () => {
  it('shows data in the system zone with one warning, and refuses wall-clock times with exit 4', async () => {
    const ctx = testCtx({ now: '2026-11-27T10:00:00Z' });
    expect((await run(ctx, ['client', 'add', 'acme'])).code).toBe(0);
    // As sync writes it from another device; `tt config set` itself refuses an unknown zone.
    writeFileSync(join(ctx.env.TT_HOME!, 'config.json'), JSON.stringify({ version: 1, values: { tz: 'America/Atlantis_New' } }));
    const warning = 'tt: warning: the time zone in config, "America/Atlantis_New", is unknown to this Node';

    const start = await run(ctx, ['start', 'acme', '--at', '2026-11-27T09:30:00Z']);
    expect(start.code).toBe(0);
    expect(count(start.err, warning)).toBe(1);
    expect(start.err).toContain('tt config set tz');

    const log = await run(ctx, ['log', '--json']);
    expect(log.code).toBe(0);
    expect(JSON.parse(log.out)).toMatchObject({ entries: [{ start: '2026-11-27T09:30:00Z' }] });

    const at = await run(ctx, ['stop', '--at', '9:00']);
    expect(at.code).toBe(4);
    expect(at.err).toContain('tt: --at: cannot read "9:00" without knowing your time zone');
    expect(at.err).toContain('tt config set tz');
    expect((await run(ctx, ['stop'])).code).toBe(0);

    const add = await run(ctx, ['add', 'acme', '--from', '10:00', '--to', '11:00']);
    expect(add.code).toBe(4);
    // A time with its offset needs no zone.
    expect((await run(ctx, ['add', 'acme', '--from', '2026-11-27T08:00:00+01:00', '--to', '2026-11-27T09:00:00+01:00'])).code).toBe(0);
    const report = await run(ctx, ['report', '--today']);
    expect(report.code).toBe(0);
  });
});

describe('TZ empty or naming no zone', () => {
  for (const TZ of ['', 'Mars/Base']) {
    it(`TZ="${TZ}": shows data in UTC with one warning, refuses wall-clock times with exit 4`, () => {
      const e = ttEnv({ now: '2026-11-27T10:00:00Z', tz: TZ });
      ok(e, ['client', 'add', 'acme']);
      const start = tt(e, ['start', 'acme', '--at', '2026-11-27T09:30:00Z']);
      expect(start.code).toBe(0);
      expect(count(start.stderr, 'tt: warning: TZ ')).toBe(1);
      expect(start.stderr).toContain('showing times in UTC');
      expect(start.stdout).toBe('Started acme at 09:30.\n');
      expect(tt(e, ['stop']).code).toBe(0);
      const log = tt(e, ['log']);
      expect(log.code).toBe(0);
      expect(log.stdout).toContain('09:30–10:00');
      const add = tt(e, ['add', 'acme', '--from', '10:00', '--to', '11:00']);
      expect(add.code).toBe(4);
      expect(add.stderr).toContain('cannot read "10:00" without knowing your time zone');
      expect(add.stderr).not.toContain('internal error');
    });
  }
});

describe('chooseZone', () => {
  it('takes a known configured zone, else the system zone, else UTC, and says why', () => {
    expect(chooseZone('Europe/Berlin', 'Etc/UTC', undefined)).toEqual({ tz: 'Europe/Berlin', problem: null });
    expect(chooseZone(undefined, 'Asia/Tokyo', undefined)).toEqual({ tz: 'Asia/Tokyo', problem: null });
    expect(chooseZone('Nowhere/Town', 'Asia/Tokyo', undefined)).toMatchObject({ tz: 'Asia/Tokyo', problem: { message: expect.stringContaining('"Nowhere/Town", is unknown') } });
    expect(chooseZone(undefined, null, '')).toMatchObject({ tz: 'UTC', problem: { message: 'TZ is set but empty; showing times in UTC' } });
    expect(chooseZone('', null, 'Mars/Base')).toMatchObject({ tz: 'UTC', problem: { message: 'TZ is "Mars/Base", which names no time zone; showing times in UTC' } });
  });
});
