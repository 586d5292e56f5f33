// Reports through the history cache, as a user runs them: after every kind of change (add, edit,
// invoice, undo, delete, import of another device's shard) `tt report` and `tt log` say exactly what
// they say with the cache removed, whether the cache was just written or is old enough to be trusted.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ok, ttEnv, type TtEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const REPORT = ['report', '--since', '2026-01-01', '--until', '2026-11-30', '--json'];
const BY_TAG = ['report', '--since', '2026-01-01', '--until', '2026-11-30', '--by', 'tag', '--rounded', '--json'];
const LOG = ['log', '--since', '2026-01-01', '--until', '2026-11-30', '--json'];

/** What the command prints now, and what it prints from a copy of the data folder without the cache. */
function withAndWithout(e: TtEnv, args: string[]): { cached: string; fresh: string } {
  const cached = ok(e, args).stdout;
  const copy = join(tempDir(), 'data');
  cpSync(e.home, copy, { recursive: true });
  rmSync(join(copy, 'state', 'history.cache'), { force: true });
  const fresh = ok({ home: copy, env: { ...e.env, TT_HOME: copy } }, args).stdout;
  return { cached, fresh };
}

function expectSame(e: TtEnv): void {
  for (const args of [REPORT, BY_TAG, LOG]) {
    const { cached, fresh } = withAndWithout(e, args);
    expect(cached, `tt ${args.join(' ')}`).toBe(fresh);
  }
}

describe('tt report through the history cache', () => {
  it('says what a full read says after every kind of change', async () => {
    const e = ttEnv({ now: '2026-11-20T12:00:00Z' });
    ok(e, ['client', 'add', 'acme', '--rate', '90', '--round', '15m']);
    ok(e, ['client', 'add', 'globex', '--rate', '120', '--currency', 'EUR']);
    ok(e, ['add', 'acme/web', '+bug', '--from', '2026-03-02T09:00:00Z', '--to', '2026-03-02T11:10:00Z', '--note', 'login']);
    ok(e, ['add', 'globex', '--from', '2026-10-25T00:30:00Z', '--to', '2026-10-25T03:30:00Z']); // across the DST night
    ok(e, ['add', 'acme', '+ops', '+bug', '--from', '2026-11-18T09:00:00Z', '--to', '2026-11-18T10:00:00Z']);
    ok(e, ['fold']);
    const first = JSON.parse(ok(e, REPORT).stdout) as { totals: { hours: number } };
    expect(first.totals.hours).toBeCloseTo(2 + 10 / 60 + 3 + 1, 2);
    expect(existsSync(join(e.home, 'state', 'history.cache'))).toBe(true);
    expectSame(e);

    // Old enough to be trusted on its fingerprints alone (history-cache.ts, RACY_MS).
    await sleep(2100);
    expectSame(e);

    ok(e, ['add', 'globex', '--from', '2026-11-19T13:00:00Z', '--to', '2026-11-19T14:00:00Z']); // still in the journal
    expectSame(e);
    ok(e, ['edit', '@1', '--note', 'changed', '--client', 'acme']);
    ok(e, ['fold']);
    expectSame(e);
    ok(e, ['invoice', 'create', '--client', 'acme', '--period', '2026-03-01..2026-03-31']);
    expectSame(e);
    ok(e, ['undo']);
    expectSame(e);
    ok(e, ['delete', '@1']);
    ok(e, ['fold']);
    expectSame(e);

    await sleep(2100);
    // Another device's month shard arrives (as `tt sync` brings it): older events than the cache's newest.
    const other = ttEnv({ now: '2026-11-20T12:00:00Z' });
    ok(other, ['client', 'add', 'acme', '--rate', '90']);
    ok(other, ['add', 'acme', '--from', '2026-03-03T09:00:00Z', '--to', '2026-03-03T10:00:00Z']);
    ok(other, ['fold']);
    cpSync(join(other.home, 'events'), join(e.home, 'events'), { recursive: true });
    const after = JSON.parse(ok(e, REPORT).stdout) as { totals: { hours: number } };
    expectSame(e);
    expect(after.totals.hours).toBeGreaterThan(first.totals.hours);
  });
});
