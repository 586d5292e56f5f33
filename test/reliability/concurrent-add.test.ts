// Eight processes each record 30 entries with `tt add` into one data folder while a ninth folds the
// journal in a loop: afterwards every entry is there exactly once, in `tt log` and in the shards, and
// `tt doctor` finds every file valid.
import { describe, expect, it } from 'vitest';
import { ok, ttAsync, ttEnv, ttJson, type RunResult } from '../helpers/cli.ts';
import { leftovers, notExactlyOnce, shardEvents } from './store-files.ts';

const WRITERS = 8;
const ADDS_EACH = 30;
const BASE = Date.parse('2026-11-01T06:00:00Z');
const NOW = '2026-11-20T12:00:00Z';

function fail(what: string, r: RunResult): never {
  throw new Error(`${what} exited ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
}

/** One writer: its adds run one after another, as a user's script would; each gets its own minute. */
async function writer(e: ReturnType<typeof ttEnv>, w: number): Promise<string[]> {
  const ids: string[] = [];
  for (let j = 0; j < ADDS_EACH; j++) {
    const start = BASE + (w * ADDS_EACH + j) * 2 * 60_000;
    const args = ['add', 'acme', '--from', new Date(start).toISOString(), '--to', new Date(start + 60_000).toISOString(), '--note', `w${w}-${j}`, '--json'];
    const r = await ttAsync(e, args);
    if (r.code !== 0) fail(`writer ${w}: tt ${args.join(' ')}`, r);
    ids.push((JSON.parse(r.stdout) as { id: string }).id);
  }
  return ids;
}

describe('concurrent writers and a folder', () => {
  it('keeps every one of 8 x 30 concurrent adds exactly once while another process folds in a loop', async () => {
    const e = ttEnv({ now: NOW });
    ok(e, ['client', 'add', 'acme', '--rate', '90']);

    let writing = true;
    let folds = 0;
    // The folder pauses briefly between folds: a fold spawned back to back would take half of the
    // two cores from the writers it is meant to race, and the test would only get slower.
    const folder = (async () => {
      while (writing) {
        const r = await ttAsync(e, ['fold']);
        if (r.code !== 0) fail('tt fold', r);
        folds++;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    })();
    const written = (await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(e, w)))).flat();
    writing = false;
    await folder;
    expect(folds).toBeGreaterThan(0);
    expect(new Set(written).size).toBe(WRITERS * ADDS_EACH);

    // What a user sees, before the last fold: journal records and shards together.
    const log = ttJson<{ entries: { id: string; note: string | null }[] }>(e, ['log', '--since', '2000-01-01']);
    expect(notExactlyOnce(written, log.entries.map((x) => x.id))).toEqual({ missing: [], doubled: [], unexpected: [] });
    const notes = log.entries.map((x) => x.note ?? '');
    expect(new Set(notes).size).toBe(WRITERS * ADDS_EACH);

    // What is stored: after a final fold every entry event sits in exactly one shard, once.
    ok(e, ['fold']);
    const stored = shardEvents(e.home).filter((x) => x.kind === 'entry');
    expect(notExactlyOnce(written, stored.map((x) => x.id))).toEqual({ missing: [], doubled: [], unexpected: [] });

    const doctor = ttJson<{ ok: boolean; findings: { file: string; problem: string }[] }>(e, ['doctor']);
    expect(doctor.findings.filter((f) => !f.file.includes('journal'))).toEqual([]);
    expect(doctor.ok).toBe(true);
    expect(leftovers(e.home)).toEqual([]);
  }, 600_000);
});
