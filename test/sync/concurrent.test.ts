// Concurrent writers beside sync (issue 16, item 4): 8 processes add entries on two devices while a
// sync loop runs on each. Sync fetches and pushes without the lock and folds, commits, merges and
// materialises in one hold, so no add and no sync fails, and afterwards both devices hold the same
// union: nothing lost, nothing doubled. Real processes: the lock between them is what is tested.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, ttAsync, ttEnv, ttJson, type RunResult, type TtEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const ADDERS_PER_DEVICE = 4;
const ADDS_EACH = 5;

async function adder(e: TtEnv, n: number): Promise<RunResult[]> {
  const out: RunResult[] = [];
  for (let k = 0; k < ADDS_EACH; k++) {
    const day = String(1 + n).padStart(2, '0');
    const hour = String(8 + k).padStart(2, '0');
    out.push(await ttAsync(e, ['add', 'acme', '--from', `2026-11-${day}T${hour}:00:00Z`, '--to', `2026-11-${day}T${hour}:30:00Z`]));
  }
  return out;
}

async function syncLoop(e: TtEnv, until: () => boolean): Promise<RunResult[]> {
  const out: RunResult[] = [];
  // At least a few rounds, and on until every adder is done.
  for (let i = 0; i < 3 || !until(); i++) out.push(await ttAsync(e, ['sync']));
  return out;
}

describe('adds beside a sync loop on two devices', () => {
  it('every add and every sync exits 0, and both devices end with the same union', async () => {
    const remote = join(tempDir('tt-remote-'), 'data.git');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
    const a = ttEnv({ now: '2026-11-27T12:00:00Z' });
    const b = ttEnv({ now: '2026-11-27T12:00:00Z' });
    ok(a, ['client', 'add', 'acme']);
    ok(a, ['sync', 'init', remote, '--device', 'laptop']);
    ok(b, ['sync', 'init', remote, '--device', 'desktop']);

    let done = false;
    const adders = Promise.all([
      ...Array.from({ length: ADDERS_PER_DEVICE }, (_, i) => adder(a, i)),
      ...Array.from({ length: ADDERS_PER_DEVICE }, (_, i) => adder(b, ADDERS_PER_DEVICE + i)),
    ]).finally(() => (done = true));
    const [adds, syncsA, syncsB] = await Promise.all([adders, syncLoop(a, () => done), syncLoop(b, () => done)]);

    const failed = [...adds.flat(), ...syncsA, ...syncsB].filter((r) => r.code !== 0);
    expect(failed.map((r) => r.stderr)).toEqual([]);

    ok(a, ['sync']);
    ok(b, ['sync']);
    ok(a, ['sync']);
    const idsOf = (e: TtEnv): string[] => ttJson<{ entries: { id: string }[] }>(e, ['log', '--since', '2026-11-01']).entries.map((x) => x.id).sort();
    const total = 2 * ADDERS_PER_DEVICE * ADDS_EACH;
    expect(idsOf(a)).toHaveLength(total);
    expect(new Set(idsOf(a)).size).toBe(total);
    expect(idsOf(b)).toEqual(idsOf(a));
    for (const e of [a, b]) expect(ttJson<{ ok: boolean }>(e, ['doctor']).ok).toBe(true);
  });
});
