// Bench for `tt report` (issue 7): 50,000 intervals against Timewarrior's `timew summary :all` over
// the same intervals, and tt over 150,000 events against tt over 50,000. Run after `npm run build`:
//   node scripts/bench/report.mjs          (TT_BENCH_BIN=path/to/tt.js times another build)
// Figures are ratios measured in this run (the machines are shared and noisy); exits 0 either way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { monotonicFactory } from 'ulid';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = process.env.TT_BENCH_BIN ?? join(ROOT, 'bin', 'tt.js');
const SMALL = 50_000;
const LARGE = 150_000;
const TT_RUNS = 5;
const CLIENTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli'];
const work = mkdtempSync(join(tmpdir(), 'tt-bench-report-'));

/** encodeShard from the real source, so the bench writes exactly what tt stores. */
async function loadEncodeShard() {
  const out = join(work, 'shard.mjs');
  await build({ entryPoints: [join(ROOT, 'src/store/shard.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning', banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
  return (await import(pathToFileURL(out).href)).encodeShard;
}

/**
 * Deterministic intervals spread over 2016-01-01 .. 2026-10-31, as a user's ten years would be:
 * Timewarrior's summary time grows with the days it covers, so the span matters, not only the count.
 * Each interval fills 30 to 90 % of its slot; the 150,000 set has three times the density.
 */
function intervals(n) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const from = Date.UTC(2016, 0, 1, 7);
  const slot = (Date.UTC(2026, 9, 31) - from) / n;
  const out = [];
  for (let i = 0; i < n; i++) {
    const start = Math.floor((from + i * slot) / 60_000) * 60_000;
    const end = start + Math.max(1, Math.floor((slot * (0.3 + rand() * 0.6)) / 60_000)) * 60_000;
    out.push({ start, end, client: CLIENTS[i % CLIENTS.length], tag: `t${i % 7}` });
  }
  return out;
}

function writeTtHome(home, list, encodeShard) {
  const device = 'benchdev000';
  const ulid = monotonicFactory();
  const months = new Map();
  for (const iv of list) {
    const at = new Date(iv.end).toISOString();
    const id = ulid(iv.end);
    const event = { v: 1, device, at, tz: 'Europe/Berlin', source: 'cli', action: id, id, kind: 'entry', entry: id, start: new Date(iv.start).toISOString(), end: at, client: iv.client, tags: [iv.tag] };
    const m = at.slice(0, 7);
    if (!months.has(m)) months.set(m, []);
    months.get(m).push(event);
  }
  mkdirSync(join(home, 'events', device), { recursive: true });
  for (const [m, events] of months) writeFileSync(join(home, 'events', device, `${m}.json`), encodeShard({ version: 1, events }));
  const clients = CLIENTS.map((name, i) => ({ name, rates: [{ from: null, rate: 80 + i * 10 }, { from: '2018-01-01', rate: 100 + i * 10 }], currency: i % 2 ? 'USD' : 'EUR', roundMin: 6, roundMode: 'up', billable: i !== 4, aliases: [], repos: [], remotes: [], meetings: [], domains: [], calendars: [] }));
  writeFileSync(join(home, 'clients.json'), JSON.stringify({ version: 1, clients }));
  // No config.json: the zone comes from TZ, as on a fresh install.
}

function writeTimewHome(home, list) {
  const db = join(home, '.timewarrior');
  mkdirSync(join(db, 'data'), { recursive: true });
  writeFileSync(join(db, 'timewarrior.cfg'), '');
  const stamp = (ms) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const months = new Map();
  const tags = new Map();
  for (const iv of list) {
    const m = new Date(iv.start).toISOString().slice(0, 7);
    if (!months.has(m)) months.set(m, []);
    months.get(m).push(`inc ${stamp(iv.start)} - ${stamp(iv.end)} # ${iv.client} ${iv.tag}`);
    for (const t of [iv.client, iv.tag]) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  for (const [m, lines] of months) writeFileSync(join(db, 'data', `${m}.data`), `${lines.join('\n')}\n`);
  // Written up front so timew does not rebuild it inside the timed run.
  writeFileSync(join(db, 'data', 'tags.data'), `{\n${[...tags].map(([t, n]) => `  "${t}":{"count":${n}}`).join(',\n')}\n}\n`);
}

/** CPU seconds (user + system) of finished child processes, from /proc (Linux): on a shared, busy
 * machine a process's CPU time is steadier than its wall time, which includes waiting for a core. */
function childCpu() {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[13]) + Number(f[14])) / 100; // cutime, cstime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

function time(cmd, args, env) {
  const cpu0 = childCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: childCpu() - cpu0, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function ttEnv(home) {
  return { PATH: process.env.PATH, HOME: work, TT_HOME: home, TZ: 'Europe/Berlin', TT_NOW: '2026-11-27T10:00:00Z', NO_COLOR: '1' };
}

/** One untimed run with --json: the timed runs mean something only if tt read every interval. */
function checkTotal(home, list) {
  const want = Math.round(list.reduce((s, iv) => s + (iv.end - iv.start), 0) / 36_000) / 100;
  const got = JSON.parse(time(process.execPath, [BIN, 'report', '--since', '2016-01-01', '--json'], ttEnv(home)).stdout).totals.hours;
  if (Math.abs(got - want) > 0.01) throw new Error(`tt report counted ${got} h over ${list.length} intervals, expected ${want} h`);
}

/**
 * Median of TT_RUNS timed reports, each after `before` (untimed). tt keeps a cache of replayed history
 * (src/store/history-cache.ts), so three cases are timed: warm (the cache as the last report left
 * it: every report after the first), cold (no cache: the first report ever, or after an upgrade) and
 * after a new entry (added and folded just before: the cache is brought up to date on the way).
 */
function timeTt(home, before = () => {}) {
  const env = ttEnv(home);
  const runs = [];
  for (let i = 0; i < TT_RUNS; i++) {
    before(i);
    runs.push(time(process.execPath, [BIN, 'report', '--since', '2016-01-01'], env));
  }
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

const noCache = (home) => () => rmSync(join(home, 'state', 'history.cache'), { force: true });
const newEntry = (home) => (i) => {
  const day = `2026-11-${String(2 + i).padStart(2, '0')}`;
  for (const args of [['add', 'acme', '--from', `${day}T09:00:00Z`, '--to', `${day}T10:00:00Z`], ['fold']]) time(process.execPath, [BIN, ...args], ttEnv(home));
};

/** The three cases for one data folder; the new entries go last, as they change the data. */
function timeCases(home) {
  const cold = timeTt(home, noCache(home));
  const warm = timeTt(home);
  const added = timeTt(home, newEntry(home));
  return { cold, warm, added };
}

const fmt = (t) => `${t.cpu.toFixed(2)} s CPU, ${t.wall.toFixed(2)} s wall`;
const verdict = (x, limit) => `${x.toFixed(3)}x (target at most ${limit}x) ${x <= limit ? 'OK' : 'OVER'}`;

try {
  if (!process.env.TT_BENCH_BIN && !existsSync(join(ROOT, 'dist', 'cli.cjs'))) throw new Error('dist/ is missing: run `npm run build` first');
  const encodeShard = await loadEncodeShard();
  const small = intervals(SMALL);
  const large = intervals(LARGE);
  writeTtHome(join(work, 'tt-small'), small, encodeShard);
  writeTtHome(join(work, 'tt-large'), large, encodeShard);

  checkTotal(join(work, 'tt-small'), small);
  checkTotal(join(work, 'tt-large'), large);
  const ttSmall = timeCases(join(work, 'tt-small'));
  const ttLarge = timeCases(join(work, 'tt-large'));
  for (const [n, t] of [[SMALL, ttSmall], [LARGE, ttLarge]]) {
    console.log(`tt report --since 2016-01-01, ${n} events (median of ${TT_RUNS}):`);
    console.log(`  warm cache: ${fmt(t.warm)}; no cache: ${fmt(t.cold)}; after a new entry: ${fmt(t.added)}`);
  }
  for (const c of ['warm', 'cold']) {
    console.log(`  ${LARGE} vs ${SMALL}, ${c === 'warm' ? 'warm cache' : 'no cache'}, CPU: ${verdict(ttLarge[c].cpu / ttSmall[c].cpu, 3.5)}; wall: ${(ttLarge[c].wall / ttSmall[c].wall).toFixed(2)}x`);
  }

  const timew = spawnSync('timew', ['--version'], { encoding: 'utf8' });
  if (timew.error) {
    console.log('timew not found (Debian package `timewarrior`): the comparison with Timewarrior is skipped');
  } else {
    const twHome = join(work, 'timew');
    writeTimewHome(twHome, small);
    const tw = time('timew', ['summary', ':all'], { PATH: process.env.PATH, HOME: twHome, TZ: 'Europe/Berlin', TIMEWARRIORDB: join(twHome, '.timewarrior') });
    const lines = tw.stdout.split('\n').length;
    console.log(`timew summary :all, ${SMALL} intervals (timewarrior ${timew.stdout.trim()}, ${lines} lines out): ${fmt(tw)}`);
    console.log(`  tt / timew, warm cache, CPU: ${verdict(ttSmall.warm.cpu / tw.cpu, 0.1)}; wall: ${(ttSmall.warm.wall / tw.wall).toFixed(3)}x`);
    console.log(`  tt / timew, after a new entry, CPU: ${(ttSmall.added.cpu / tw.cpu).toFixed(3)}x; wall: ${(ttSmall.added.wall / tw.wall).toFixed(3)}x`);
    console.log(`  tt / timew, no cache, CPU: ${(ttSmall.cold.cpu / tw.cpu).toFixed(3)}x; wall: ${(ttSmall.cold.wall / tw.wall).toFixed(3)}x`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
