// Bench for `tt sync` (issue 16) against a local bare remote, as ratios measured in the same run:
//  - a sync with nothing new ÷ `node -e 0` (target at most 5x);
//  - a sync after 1,000 new entries on each of two devices ÷ a sync with nothing new (at most 3x):
//    two devices that hold a synced history (2,000 entries each, in earlier months) each get 1,000
//    entries in their journals, the other device syncs first (untimed), and the timed sync folds its
//    own 1,000, commits, fetches the other's, checks and merges them, and pushes. Every run starts
//    from a copy of the same two data folders and remote, so runs measure the same work.
// Samples of every kind are interleaved, so the noise of a shared machine falls on all alike; the
// load average is printed before and after.
//   node scripts/bench/sync.mjs [runs]            after `npm run build`
// Prints a table and exits 0 either way (figures, not a gate).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monotonicFactory } from 'ulid';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'tt.js');
const RUNS = Number(process.argv[2] ?? 7);
const NEW = 1000;
const OLD = 2000;
const work = mkdtempSync(join(tmpdir(), 'tt-bench-sync-'));
const ulid = monotonicFactory();

const env = (home) => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, TT_HOME: home, TZ: 'Europe/Berlin', NO_COLOR: '1', LANG: 'C.UTF-8', GIT_CONFIG_NOSYSTEM: '1' });

function run(args, e) {
  const t = process.hrtime.bigint();
  const r = spawnSync(args[0], args.slice(1), { env: e, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const tt = (home, ...args) => run([process.execPath, BIN, ...args], env(home));

/** Entries in a device's journal, as `tt add` leaves them before a fold; `old`: recorded in earlier months. */
function addEntries(home, n, old = false) {
  const device = readFileSync(join(home, 'device'), 'utf8').trim();
  const lines = [];
  const day = Date.now() - (old ? 400 : 140) * 86_400_000; // 1,000 entries 3 h apart: 125 days
  for (let i = 0; i < n; i++) {
    const id = ulid();
    const start = day + i * 3 * 3_600_000;
    const at = old ? new Date(start + 16 * 60_000) : new Date();
    lines.push(JSON.stringify({ id, v: 1, device, at: at.toISOString(), tz: 'Europe/Berlin', source: 'cli', action: id, kind: 'entry', entry: id, start: new Date(start).toISOString(), end: new Date(start + 15 * 60_000).toISOString(), client: 'acme', tags: [] }));
  }
  appendFileSync(join(home, 'journal.ndjson'), `\n${lines.join('\n')}\n`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const before = loadavg();
// The template: two devices with a synced history, and their remote.
const template = join(work, 'template');
const remote = join(template, 'remote.git');
run(['git', 'init', '-q', '--bare', '-b', 'main', remote], env(work));
tt(join(template, 'a'), 'client', 'add', 'acme', '--rate', '90');
tt(join(template, 'a'), 'sync', 'init', remote, '--device', 'laptop');
tt(join(template, 'b'), 'sync', 'init', remote, '--device', 'desktop');
addEntries(join(template, 'a'), OLD, true);
addEntries(join(template, 'b'), OLD, true);
for (const d of ['a', 'b', 'a', 'b']) tt(join(template, d), 'sync');

const node = [];
const idle = [];
const busy = [];
let count = 0;
for (let i = 0; i < RUNS; i++) {
  const dir = join(work, `run${i}`);
  cpSync(template, dir, { recursive: true });
  // The copies sync with the copy of the remote.
  // (and git's index learns the copies' file times, as it would have them in place).
  for (const d of ['a', 'b']) {
    run(['git', '-C', join(dir, d), 'remote', 'set-url', 'origin', join(dir, 'remote.git')], env(work));
    run(['git', '-C', join(dir, d), 'status', '-s'], env(work));
  }
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  node.push(run([process.execPath, '-e', '0'], env(a)));
  idle.push(tt(a, 'sync'));
  addEntries(a, NEW);
  addEntries(b, NEW);
  tt(b, 'sync');
  busy.push(tt(a, 'sync'));
  node.push(run([process.execPath, '-e', '0'], env(a)));
  idle.push(tt(a, 'sync'));
  if (i === RUNS - 1) {
    tt(b, 'sync');
    count = JSON.parse(spawnSync(process.execPath, [BIN, 'log', '--since', '2020-01-01', '--json'], { env: env(b), encoding: 'utf8', maxBuffer: 1 << 28 }).stdout).entries.length;
  }
  rmSync(dir, { recursive: true, force: true });
}
const after = loadavg();

const n = median(node);
const s = median(idle);
const m = median(busy);
console.log(`load average before ${before.map((x) => x.toFixed(2)).join(' ')}, after ${after.map((x) => x.toFixed(2)).join(' ')}; ${RUNS} runs, medians`);
console.log('| measure | median | ratio | target |');
console.log('| --- | --- | --- | --- |');
console.log(`| node -e 0 | ${n.toFixed(0)} ms | | |`);
console.log(`| tt sync, nothing new | ${s.toFixed(0)} ms | ${(s / n).toFixed(2)}x node -e 0 | <= 5x |`);
console.log(`| tt sync after ${NEW} new entries on each of two devices | ${m.toFixed(0)} ms | ${(m / s).toFixed(2)}x nothing new | <= 3x |`);
console.log(`(both devices held ${2 * OLD} entries before; ${count} after)`);
rmSync(work, { recursive: true, force: true });
