// Two data folders syncing through a local bare repository.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ok, tt, ttEnv, ttJson, type TtEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

interface Log {
  entries: { id: string; client: string; start: string; end: string }[];
}

function setup(): { a: TtEnv; b: TtEnv; remote: string } {
  const remote = join(tempDir('tt-remote-'), 'data.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
  const a = ttEnv({ now: '2026-11-27T12:00:00Z' });
  const b = ttEnv({ now: '2026-11-27T12:00:00Z' });
  return { a, b, remote };
}

const log = (e: TtEnv): Log['entries'] => ttJson<Log>(e, ['log', '--since', '2026-11-01']).entries;
const ids = (e: TtEnv): string[] => log(e).map((x) => x.id).sort();

describe('tt sync', () => {
  it('merges events from both sides, settles a client edited on both, and says what it overrode', () => {
    const { a, b, remote } = setup();
    ok(a, ['client', 'add', 'acme', '--rate', '90']);
    ok(a, ['add', 'acme', '--from', '2026-11-26T09:00:00Z', '--to', '2026-11-26T10:00:00Z']);
    ok(a, ['sync', 'init', remote, '--device', 'laptop']);
    const first = ok(b, ['sync', 'init', remote, '--device', 'desktop']);
    expect(first.stdout).toContain('took 1 change(s) from other devices');
    expect(log(b).map((x) => x.client)).toEqual(['acme']);

    // Both sides write events and edit the same client between syncs.
    ok(a, ['add', 'acme', '--from', '2026-11-26T11:00:00Z', '--to', '2026-11-26T12:00:00Z']);
    ok(b, ['add', 'acme', '--from', '2026-11-26T13:00:00Z', '--to', '2026-11-26T14:00:00Z']);
    ok(b, ['client', 'set', 'acme', '--rate', '95', '--yes']);
    ok(a, ['client', 'set', 'acme', '--rate', '100', '--yes']);
    ok(b, ['sync']);
    const settled = ok(a, ['sync']);
    // a's edit came later (higher clock), so it wins, and a's sync says what it overrode.
    expect(settled.stdout).toContain('Overrode: acme (rate 100 USD) from laptop overrode acme (rate 95 USD) from desktop');
    ok(b, ['sync']);

    expect(ids(a)).toHaveLength(3);
    expect(ids(a)).toEqual(ids(b));
    const rate = (e: TtEnv): unknown => ttJson<{ clients: { rates: unknown }[] }>(e, ['client', 'list']).clients[0]!.rates;
    expect(rate(a)).toEqual([{ from: null, rate: 100 }]);
    expect(rate(b)).toEqual(rate(a));

    // Nothing new: nothing done.
    expect(ok(a, ['sync']).stdout).toBe('Already in sync.\n');
    const before = execFileSync('git', ['-C', remote, 'rev-parse', 'main'], { encoding: 'utf8' });
    ok(b, ['sync']);
    expect(execFileSync('git', ['-C', remote, 'rev-parse', 'main'], { encoding: 'utf8' })).toBe(before);

    // Two machines invoicing before they sync never pick the same number: a device that knows of
    // another refuses to issue until it has a series of its own, and each prints its own.
    const refused = ok(b, ['invoice', 'create', '--client', 'acme', '--period', '2026-11-26..2026-11-26'], 2);
    expect(refused.stderr).toContain('tt device series');
    ok(a, ['device', 'series', 'A']);
    ok(b, ['device', 'series', 'B']);
    ok(a, ['invoice', 'create', '--client', 'acme', '--period', '2026-11-26..2026-11-26']);
    ok(b, ['invoice', 'create', '--client', 'acme', '--period', '2026-11-26..2026-11-26']);
    ok(a, ['sync']);
    expect(ok(b, ['sync']).stderr).not.toContain('was used on two devices');
    expect(ttJson<{ invoices: { number: string }[] }>(b, ['invoice', 'list']).invoices.map((i) => i.number).sort()).toEqual(['2026-A001', '2026-B001']);

    // The device id never leaves the machine, and synced files stay private.
    const tracked = execFileSync('git', ['-C', a.home, 'ls-files'], { encoding: 'utf8' });
    expect(tracked).not.toMatch(/^device$/m);
    expect(tracked).not.toMatch(/journal|state\//);
    for (const f of readdirSync(join(a.home, 'events'))) expect(statSync(join(a.home, 'events', f)).mode & 0o777).toBe(0o700);
  });

  it('fails clearly on an unreachable remote and loses nothing', () => {
    const { a } = setup();
    ok(a, ['client', 'add', 'acme']);
    ok(a, ['add', 'acme', '--from', '2026-11-26T09:00:00Z', '--to', '2026-11-26T10:00:00Z']);
    const r = tt(a, ['sync', 'init', '/nonexistent/remote.git']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/fetching from the remote failed/);
    expect(r.stderr).toMatch(/Nothing was lost/);
    expect(log(a)).toHaveLength(1);
    expect(tt(a, ['sync']).code).toBe(4);
    expect(tt(ttEnv(), ['sync']).code).toBe(2);
  });

  it('recovers from a sync killed midway: same union on both sides, nothing doubled, store valid', async () => {
    const { a, b, remote } = setup();
    ok(a, ['client', 'add', 'acme']);
    ok(a, ['sync', 'init', remote]);
    ok(b, ['sync', 'init', remote]);
    for (let round = 0; round < 6; round++) {
      const day = `2026-11-${20 + round}`;
      ok(a, ['add', 'acme', '--from', `${day}T09:00:00Z`, '--to', `${day}T10:00:00Z`]);
      ok(b, ['add', 'acme', '--from', `${day}T15:00:00Z`, '--to', `${day}T16:00:00Z`]);
      ok(b, ['sync']);
      // Kill a's sync at a different moment each round.
      const child = spawn(process.execPath, [BIN, 'sync'], { env: a.env });
      // Listen before waiting: a fast sync may finish before the kill.
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, 40 + round * 45));
      child.kill('SIGKILL');
      await closed;
    }
    ok(a, ['sync']);
    ok(b, ['sync']);
    ok(a, ['sync']);
    expect(ids(a)).toHaveLength(12);
    expect(new Set(ids(a)).size).toBe(12);
    expect(ids(b)).toEqual(ids(a));
    for (const e of [a, b]) expect(ttJson<{ ok: boolean }>(e, ['doctor']).ok).toBe(true);
    expect(readFileSync(join(a.home, '.gitignore'), 'utf8')).toContain('/device');
  });
});
