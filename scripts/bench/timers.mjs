// Bench for the timer commands (issue 2, "Speed"): the median wall time of `tt start`, `tt stop` and
// `tt status` as a ratio to `node -e 0` measured in the same run (target at most 1.5x), then the
// same commands over a generated ten-year history of 150,000+ events, as a ratio to the empty
// history (target within 10 %). Every sample of every kind is interleaved, so the noise of a shared
// machine falls on all of them alike. On Linux it also gives the CPU time the children used (from
// /proc/self/stat, in 10 ms ticks, so a mean): on a loaded machine wall time also counts the wait
// for a core, CPU time does not.
//   node scripts/bench/timers.mjs [runs]            after `npm run build`
//   TT_BENCH_COMPARE=/other/bin/tt.js node scripts/bench/timers.mjs
//     also measures another build (say, the last commit's) in the same loop, for before/after.
// Prints tables and exits 0 either way (figures, not a gate).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { monotonicFactory } from 'ulid';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BINS = { this: join(ROOT, 'bin', 'tt.js'), ...(process.env.TT_BENCH_COMPARE ? { other: process.env.TT_BENCH_COMPARE } : {}) };
const RUNS = Number(process.argv[2] ?? 30);
const YEARS = 10;
const PER_DAY = 30; // work items a weekday; two events each (the start, then the edit that stops it)
const CLIENTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli'];
const work = mkdtempSync(join(tmpdir(), 'tt-bench-timers-'));

/** encodeShard from the real source, so the bench writes exactly the format tt stores. */
async function loadEncodeShard() {
  const out = join(work, 'shard.mjs');
  await build({ entryPoints: [join(ROOT, 'src/store/shard.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning', banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
  return (await import(pathToFileURL(out).href)).encodeShard;
}

/** CPU time (ms) of every child this process has waited for, or null off Linux. */
const TICK_MS = 1000 / Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout || 100);
function childCpu() {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS; // cutime + cstime
}

function env(home) {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, TT_HOME: home, TZ: 'Europe/Berlin', NO_COLOR: '1', LANG: 'C.UTF-8' };
}

function run(args, e) {
  const cpu = childCpu();
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: e, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: cpu === null ? null : childCpu() - cpu };
}

/** A data folder with the clients, set up by tt itself so its device id and layout are real. */
function makeHome(bin, name) {
  const home = join(work, name);
  const e = env(home);
  for (const c of CLIENTS) run([bin, 'client', 'add', c, '--rate', '90'], e);
  run([bin, 'start', 'acme'], e);
  run([bin, 'stop'], e);
  run([bin, 'fold'], e);
  return { home, e, device: readFileSync(join(home, 'device'), 'utf8').trim() };
}

/** Ten years of work, PER_DAY items on each weekday, written straight into month shards. */
function writeHistory(home, device, encodeShard) {
  const ulid = monotonicFactory();
  const months = new Map();
  const now = Date.now();
  let count = 0;
  for (let day = Date.UTC(new Date(now).getUTCFullYear() - YEARS, 0, 1); day < now - 86_400_000; day += 86_400_000) {
    if ([0, 6].includes(new Date(day).getUTCDay())) continue;
    for (let i = 0; i < PER_DAY; i++) {
      const start = day + 7 * 3_600_000 + i * 16 * 60_000;
      const end = start + 15 * 60_000;
      const id = ulid(start);
      const base = { v: 1, device, tz: 'Europe/Berlin', source: 'cli' };
      const entry = { ...base, id, at: new Date(start).toISOString(), action: id, kind: 'entry', entry: id, start: new Date(start).toISOString(), end: null, client: CLIENTS[i % CLIENTS.length], tags: [`t${i % 7}`] };
      const stopId = ulid(end);
      const stop = { ...base, id: stopId, at: new Date(end).toISOString(), action: stopId, kind: 'edit', entry: id, set: { end: new Date(end).toISOString() } };
      for (const ev of [entry, stop]) {
        const m = ev.at.slice(0, 7);
        if (!months.has(m)) months.set(m, []);
        months.get(m).push(ev);
        count++;
      }
    }
  }
  const dir = join(home, 'events', device);
  mkdirSync(dir, { recursive: true });
  for (const [m, events] of months) writeFileSync(join(dir, `${m}.json`), encodeShard({ version: 1, events }), { mode: 0o600 });
  return { count, months: months.size };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

const encodeShard = await loadEncodeShard();
const homes = {};
let hist;
for (const [b, bin] of Object.entries(BINS)) {
  homes[b] = { empty: makeHome(bin, `${b}-empty`), big: makeHome(bin, `${b}-big`) };
  hist = writeHistory(homes[b].big.home, homes[b].big.device, encodeShard);
}
console.log(`node ${process.version}; ${RUNS} runs of each, interleaved; history: ${hist.count.toLocaleString('en')} events in ${hist.months} month shards`);

const COMMANDS = ['start', 'status', 'stop'];
const samples = { node: [] };
const key = (b, c, h) => `${b}/${c}/${h}`;
for (const b of Object.keys(BINS)) for (const c of COMMANDS) for (const h of ['empty', 'big']) samples[key(b, c, h)] = [];
const round = (i, measure) => {
  for (const [b, bin] of Object.entries(BINS)) {
    for (const h of i % 2 ? ['big', 'empty'] : ['empty', 'big']) {
      const e = homes[b][h].e;
      measure(key(b, 'start', h), [bin, 'start', CLIENTS[i % CLIENTS.length]], e);
      measure(key(b, 'status', h), [bin, 'status'], e);
      measure(key(b, 'stop', h), [bin, 'stop'], e);
    }
  }
};
// Warm-up: the first runs fill the compile cache (Node 22+) and the page cache.
for (let i = 0; i < 3; i++) {
  run(['-e', '0'], env(work));
  round(i, (_k, args, e) => run(args, e));
}
for (let i = 0; i < RUNS; i++) {
  samples.node.push(run(['-e', '0'], env(work)));
  round(i, (k, args, e) => samples[k].push(run(args, e)));
}

const print = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
};
const wall = (k) => median(samples[k].map((s) => s.wall));
const cpu = (k) => (samples[k][0].cpu === null ? null : mean(samples[k].map((s) => s.cpu)));
const baseWall = median(samples.node.map((s) => s.wall));
const baseCpu = cpu('node');
for (const b of Object.keys(BINS)) {
  console.log(`\n${b === 'this' ? 'this build' : `compared build: ${BINS.other}`}`);
  const rows = [['command', 'wall ms', 'x node', 'target 1.5', 'cpu ms', 'x node', 'big history ms', 'x empty', 'target 1.10']];
  rows.push(['node -e 0', baseWall.toFixed(1), '1.00', '', baseCpu === null ? '-' : baseCpu.toFixed(1), baseCpu === null ? '-' : '1.00', '', '', '']);
  for (const c of COMMANDS) {
    const m = wall(key(b, c, 'empty'));
    const big = wall(key(b, c, 'big'));
    const u = cpu(key(b, c, 'empty'));
    rows.push([
      `tt ${c}`,
      m.toFixed(1),
      (m / baseWall).toFixed(2),
      m / baseWall <= 1.5 ? 'ok' : 'OVER',
      u === null ? '-' : u.toFixed(1),
      u === null ? '-' : (u / baseCpu).toFixed(2),
      big.toFixed(1),
      (big / m).toFixed(3),
      big / m <= 1.1 ? 'ok' : 'OVER',
    ]);
  }
  print(rows);
}
rmSync(work, { recursive: true, force: true });
