// A history-cache reader in a worker thread (bundled by history-cache-race.test.ts): it reads the shards,
// then stops right before writing its first segment file until the main thread lets it go on.
import { workerData } from 'node:worker_threads';
import { makeFs, type Fs } from '../../src/platform/fs.ts';
import { cachedEntries } from '../../src/store/history-cache.ts';
import { validateTime } from '../../src/store/validators.ts';

const { eventsDir, cachePath, segmentsDir, flag } = workerData as { eventsDir: string; cachePath: string; segmentsDir: string; flag: Int32Array };
const real = makeFs({});
let paused = false;
const fs: Fs = {
  ...real,
  openSync: (p: string, f: string | number, m?: number) => {
    if (!paused && p.startsWith(segmentsDir) && p.endsWith('.tmp')) {
      paused = true;
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      while (Atomics.load(flag, 0) !== 2) Atomics.wait(flag, 0, 1, 100);
    }
    return real.openSync(p, f, m);
  },
};
await cachedEntries({ fs, eventsDir, cachePath, segmentsDir, clock: () => Date.now(), validate: async () => validateTime, remember: true, racyMs: 0 });
Atomics.store(flag, 0, 3);
Atomics.notify(flag, 0);
