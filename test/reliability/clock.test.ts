// tt reads time from its context only (issue 13 item 5): now() for what it records and shows, pinned
// by TT_NOW; clock() for the few things that follow physical time whatever now() says (a journal's
// grace period, a lock's staleness: both are compared with file times; the settings' hybrid clock,
// which orders edits across devices). A test moves each on its own.
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';
import { tempDir } from '../helpers/tmp.ts';

const NOW = '2026-11-20T12:00:00Z';

function ctxAt(home: string, clock: () => number = () => Date.now()): TestCtx {
  return testCtx({ now: NOW, clock, env: { TT_HOME: home, TZ: 'Europe/Berlin' } });
}

async function tt(home: string, args: string[], clock?: () => number): Promise<{ code: number; out: string; err: string }> {
  const ctx = ctxAt(home, clock);
  const code = await main(args, ctx);
  return { code, out: ctx.stdout.join(''), err: ctx.stderr.join('') };
}

const asides = (home: string): string[] => readdirSync(home).filter((f) => f.endsWith('.aside'));

describe('the real clock, apart from now()', () => {
  it('a journal set aside goes once its grace period is over on the real clock, with now() pinned', async () => {
    const home = join(tempDir(), 'data');
    expect((await tt(home, ['client', 'add', 'acme'])).code).toBe(0);
    expect((await tt(home, ['add', 'acme', '--from', '2026-11-19T09:00:00Z', '--to', '2026-11-19T10:00:00Z'])).code).toBe(0);
    expect((await tt(home, ['fold'])).code).toBe(0);
    expect(asides(home)).toHaveLength(1); // kept for its grace period (10 minutes)
    expect((await tt(home, ['fold'])).code).toBe(0);
    expect(asides(home)).toHaveLength(1);
    const later = Date.now() + 11 * 60_000;
    expect((await tt(home, ['fold'], () => later)).code).toBe(0);
    expect(asides(home)).toEqual([]);
    const log = await tt(home, ['log', '--since', '2026-11-01', '--json']);
    expect((JSON.parse(log.out) as { entries: unknown[] }).entries).toHaveLength(1);
  });

  it('a lock left empty by a writer that died is taken over once it is 2 s old on the real clock', async () => {
    const home = join(tempDir(), 'data');
    expect((await tt(home, ['client', 'add', 'acme'])).code).toBe(0);
    const lock = join(home, 'lock');
    writeFileSync(lock, ''); // its writer died between open and write...
    const future = new Date(Date.now() + 60_000);
    utimesSync(lock, future, future); // ...on a machine whose clock ran a minute ahead
    const r = await tt(home, ['start', 'acme'], () => future.getTime() + 3000);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(home, 'lock'))).toBe(false);
  });

  it("a setting's clock is the real clock, so the later of two edits wins even with now() pinned", async () => {
    const home = join(tempDir(), 'data');
    const real = Date.parse('2031-05-06T07:08:09Z');
    expect((await tt(home, ['client', 'add', 'acme', '--rate', '90'], () => real)).code).toBe(0);
    const device = readFileSync(join(home, 'device'), 'utf8').trim();
    const clockOf = (): number | undefined =>
      (JSON.parse(readFileSync(join(home, 'settings', `${device}.json`), 'utf8')) as { values: Record<string, { clock: number }> }).values['client:acme']?.clock;
    expect(clockOf()).toBe(real);
    expect((await tt(home, ['client', 'set', 'acme', '--rate', '95'], () => real + 5000)).code).toBe(0);
    expect(clockOf()).toBe(real + 5000);
  });
});
