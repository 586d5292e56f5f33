// Two commands bringing the history cache up to date at once (a `tt report` in a status bar while
// `tt add` settles, say). Both write generation n+1 of a segment; segment files were trusted when their
// generation was the one the index names, so one writer's segment could be paired with the other's
// index. Here:
//   P (a worker) reads September's shard (edit "v2" applied) and stops before writing;
//   the shard gets another edit ("v3"); Q (this thread) reads it and writes its segment;
//   P writes its segment (v2) over Q's, and its index; Q writes its index (v3's fingerprint) last.
// Before, the index then said September was current and the segment it trusted held "v2": every later
// read was a hit that showed the old note. Each segment is named by a random tag now.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { TimeEvent } from '../../src/core/events.ts';
import { replay } from '../../src/core/replay.ts';
import { makeFs, type Fs } from '../../src/platform/fs.ts';
import { cachedEntries, type CacheDeps } from '../../src/store/history-cache.ts';
import { encodeShard } from '../../src/store/shard.ts';
import { validateTime } from '../../src/store/validators.ts';
import { ROOT } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const HOUR = 3_600_000;
const E = '01J70000000000000000AAAAAA';

function ev(id: string, extra: Record<string, unknown>): TimeEvent {
  return { id, v: 1, device: 'dev1', at: '2026-09-10T09:00:00.000Z', tz: 'UTC', source: 'cli', action: id, ...extra } as TimeEvent;
}

describe('two cache writers at once', () => {
  it('never pairs one writer\'s segment with the other\'s head', async () => {
    const home = tempDir();
    const eventsDir = join(home, 'events');
    const cachePath = join(home, 'state', 'history.cache');
    const segmentsDir = join(home, 'state', 'history');
    const sept: TimeEvent[] = [ev(E, { kind: 'entry', entry: E, start: '2026-09-10T09:00:00.000Z', end: new Date(Date.parse('2026-09-10T09:00:00Z') + HOUR).toISOString(), client: 'acme', tags: [], note: 'v1' })];
    const oct: TimeEvent[] = [ev('01J80000000000000000BBBBBB', { kind: 'entry', entry: '01J80000000000000000BBBBBB', start: '2026-10-10T09:00:00.000Z', end: '2026-10-10T10:00:00.000Z', client: 'globex', tags: [] })];
    const write = () => {
      mkdirSync(join(eventsDir, 'dev1'), { recursive: true });
      writeFileSync(join(eventsDir, 'dev1', '2026-09.json'), encodeShard({ version: 1, events: sept as never }));
      writeFileSync(join(eventsDir, 'dev1', '2026-10.json'), encodeShard({ version: 1, events: oct as never }));
    };
    write();
    const deps = (fs: Fs): CacheDeps => ({ fs, eventsDir, cachePath, segmentsDir, clock: () => Date.now(), validate: async () => validateTime, remember: true, racyMs: 0 });
    await cachedEntries(deps(makeFs({})));

    sept.push(ev('01J90000000000000000CCCCCC', { kind: 'edit', entry: E, set: { note: 'v2' } }));
    write();

    const out = join(ROOT, 'node_modules', '.cache', 'tt-tests', 'history-cache-race-worker.mjs');
    await build({ entryPoints: [join(ROOT, 'test', 'reliability', 'history-cache-race-worker.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'error' });
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(out, { workerData: { eventsDir, cachePath, segmentsDir, flag } });
    const failed = new Promise((_, reject) => worker.on('error', reject));
    const waitFor = (v: number) => {
      for (let i = 0; i < 300 && Atomics.load(flag, 0) !== v; i++) Atomics.wait(flag, 0, Atomics.load(flag, 0), 100);
      expect(Atomics.load(flag, 0)).toBe(v);
    };
    waitFor(1); // P has read the shards (v2) and is about to write its segment

    sept.push(ev('01J90000000000000001DDDDDD', { kind: 'edit', entry: E, set: { note: 'v3' } }));
    write();

    const real = makeFs({});
    const q: Fs = {
      ...real,
      renameSync: (from: string, to: string) => {
        if (to === cachePath) {
          Atomics.store(flag, 0, 2); // P goes on: its segment over Q's, then its head
          Atomics.notify(flag, 0);
          waitFor(3);
        }
        real.renameSync(from, to);
      },
    };
    await cachedEntries(deps(q));
    await Promise.race([new Promise((r) => worker.on('exit', r)), failed]);

    const want = replay([...sept, ...oct]);
    expect(want.find((e) => e.id === E)?.note).toBe('v3');
    const next = await cachedEntries(deps(makeFs({})));
    expect({ how: next.how, note: next.entries.find((e) => e.id === E)?.note }).toEqual({ how: expect.anything(), note: 'v3' });
  });
});
