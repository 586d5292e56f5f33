// The lock: only someone else's is worth a word (`doctor --repair` holds its own). A lock whose
// process is gone is taken over by the next command at once, so it is never damage.
import { readIfExists } from '../store/io.ts';
import type { Check } from './check.ts';

export const lock: Check = {
  name: 'lock',
  covers: 'the lock file: held by a running tt, or left by one that crashed',
  run({ ctx, p }) {
    const text = readIfExists(ctx.fs, p.lock);
    if (text === null || text.includes(`"pid":${ctx.pid},`)) return [];
    return [{ file: p.lock, problem: 'a lock is present (a running tt, or one that crashed: the next command takes it over)', repaired: false, severity: 'notice' }];
  },
};
