// Run by disk-full.test.ts inside `unshare -rm` (a mount namespace of its own, so no root is needed
// and nothing is left mounted): a real 2 MB tmpfs as the data folder, filled to a few KiB, then the
// commands that write. Prints what each command did, as JSON, for the test to judge.
//   node disk-full-scenario.mjs MOUNT_DIR BIN WORK_DIR
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, fstatSync, openSync, readFileSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const [mount, bin, work] = process.argv.slice(2);
const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount], { encoding: 'utf8' });
if (m.status !== 0) {
  console.log(JSON.stringify({ mounted: false, why: m.stderr }));
  process.exit(0);
}
const home = join(mount, 'data');
const env = { PATH: process.env.PATH, HOME: work, TT_HOME: home, TZ: 'Europe/Berlin', NO_COLOR: '1', TT_NOW: '2026-11-20T12:00:00Z' };
const tt = (...args) => {
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const must = (...args) => {
  const r = tt(...args);
  if (r.code !== 0) throw new Error(`tt ${args.join(' ')}: ${r.code} ${r.stderr}`);
  return r;
};

must('client', 'add', 'acme', '--rate', '90');
must('import', 'timewarrior', join(work, 'history.json'));
must('calendar', 'import', join(work, 'small.ics'), '--name', 'work');
must('fold');
const calendarBefore = readFileSync(join(home, 'calendars', 'work.ics'), 'latin1');

// Fill the disk, then give back a little: room for a journal line, not for a shard rewritten.
const filler = join(mount, 'filler');
const fd = openSync(filler, 'w');
const chunk = Buffer.alloc(64 * 1024, 120);
for (;;) {
  try {
    if (writeSync(fd, chunk) < chunk.length) break;
  } catch {
    break;
  }
}
const free = Number(process.env.TT_TEST_FREE ?? 20 * 1024);
ftruncateSync(fd, Math.max(0, fstatSync(fd).size - free));
closeSync(fd);
const freeAtStart = statfsSync(mount).bavail * statfsSync(mount).bsize;

// The import first, while the journal is empty: its one journal line (about 700 KB) is what the
// disk cuts short. Then a calendar bigger than the room left, two adds (the second folds the first
// into a shard the disk has no room to rewrite) and a fold.
const importBig = tt('import', 'timewarrior', join(work, 'big.json'));
const calendar = tt('calendar', 'import', join(work, 'big.ics'), '--name', 'work');
const adds = [1, 2].map((i) => ({ note: `full disk ${i}`, ...tt('add', 'acme', '--from', `2026-11-1${i}T09:00:00Z`, '--to', `2026-11-1${i}T10:00:00Z`, '--note', `full disk ${i}`) }));
const fold = tt('fold');

rmSync(filler);
const after = readFileSync(join(home, 'calendars', 'work.ics'), 'latin1');
const doctor = tt('doctor', '--json');
const log = tt('log', '--since', '2020-01-01', '--json');
console.log(
  JSON.stringify({
    mounted: true,
    freeAtStart,
    adds,
    importBig,
    calendar,
    fold,
    calendarCopy: after === calendarBefore ? 'old' : after === readFileSync(join(work, 'big.ics'), 'latin1') ? 'new' : 'other',
    doctor,
    log,
  }),
);
