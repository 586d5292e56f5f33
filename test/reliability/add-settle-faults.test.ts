// `tt add` settles after it has recorded (folds into the month shard, refreshes the history
// cache). test/reliability/write-faults.test.ts stops its sweep at the first run that exits 0, which
// for `tt add` is now the first fault inside the settle: the faults later in the settle (the fold's
// shard writes, the journal set aside, the cache's segment, ids.arrays and head) are never tried.
// This sweep tries every one: a run that exits 0 must have recorded the entry exactly once, leave no
// temp file or lock, and what the user sees afterwards must be what a run without faults leaves.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { copyOf, okIn, runIn, view, type Faults } from './in-process.ts';
import { leftovers, snapshot } from './store-files.ts';

const ADD = ['add', 'acme', '--from', '2026-11-18T10:00:00Z', '--to', '2026-11-18T11:00:00Z', '--note', 'call'];
let template: string;
let expected: unknown;

beforeAll(async () => {
  template = join(tempDir('tt-settle-template-'), 'data');
  for (const args of [
    ['config', 'set', 'tz', 'Europe/Berlin'],
    ['client', 'add', 'acme', '--rate', '90'],
    ['add', 'acme', '--from', '2026-11-19T09:00:00Z', '--to', '2026-11-19T10:00:00Z'],
    ['add', 'acme', '--from', '2026-10-05T09:00:00Z', '--to', '2026-10-05T12:00:00Z', '--note', 'october'],
    ['log', '--since', '2026-01-01'], // the history cache built
  ]) await okIn(template, args);
  const home = copyOf(template);
  await okIn(home, ADD);
  expected = await view(home);
});

const MODES: Record<string, (n: number) => Faults> = {
  'ENOSPC (mkdir, open, write, fsync)': (n) => ({ TT_FAULT: 'ENOSPC', TT_FAULT_AFTER: String(n) }),
  'ENOSPC on rename': (n) => ({ TT_FAULT: 'ENOSPC', TT_FAULT_OPS: 'rename', TT_FAULT_AFTER: String(n) }),
  'a write cut short, then a full disk': (n) => ({ TT_FAULT: 'SHORT', TT_FAULT_AFTER: String(n) }),
  // Not unlink: a fault there leaves a temp file or the lock by necessity.
  'EROFS (all but unlink)': (n) => ({ TT_FAULT: 'EROFS', TT_FAULT_OPS: 'mkdir,open,write,fsync,rename', TT_FAULT_AFTER: String(n) }),
  'EIO (all but unlink)': (n) => ({ TT_FAULT: 'EIO', TT_FAULT_OPS: 'mkdir,open,write,fsync,rename', TT_FAULT_AFTER: String(n) }),
};

describe('tt add with a fault at every operation in turn, the settle included (review2)', () => {
  it.each(Object.keys(MODES))('%s', async (mode) => {
    const problems: string[] = [];
    for (let n = 0; n < 40; n++) {
      const home = copyOf(template);
      const r = await runIn(home, ADD, MODES[mode]!(n));
      const what = `${mode} after ${n}: exit ${r.code}\nstderr: ${r.stderr}`;
      if (leftovers(home).length) problems.push(`${what}\nleft: ${leftovers(home).join(', ')}`);
      if (snapshot(home).has('lock')) problems.push(`${what}\nlock left behind`);
      if (r.code !== 0) {
        if (r.code !== 4) problems.push(what);
        continue;
      }
      const seen = await view(home);
      if (JSON.stringify(seen) !== JSON.stringify(expected)) problems.push(`${what}\nview differs: ${JSON.stringify(seen).slice(0, 400)}`);
    }
    expect(problems).toEqual([]);
  });
});
