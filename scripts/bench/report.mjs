// Bench for `tt report` (issue 7): 50,000 intervals against Timewarrior's `timew summary :all` over
// the same intervals, and tt over 150,000 events against tt over 50,000. Run after `npm run build`:
//   node scripts/bench/report.mjs          (TT_BENCH_BIN=path/to/tt.js times another build)
// Figures are ratios measured in this run (the machines are shared and noisy); exits 0 either way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monotonicFactory } from 'ulid';
import { childCpu, intervals as makeIntervals, loadEncodeShard as loadShardEncoder, writeTimewHome } from '../bench-shared.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = process.env.TT_BENCH_BIN ?? join(ROOT, 'bin', 'tt.js');
const SMALL = 50_000;
const LARGE = 150_000;
const TT_RUNS = 5;
const CLIENTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli'];
const work = mkdtempSync(join(tmpdir(), 'tt-bench-report-'));
const loadEncodeShard = () => loadShardEncoder(ROOT, work);
const intervals = (n) => makeIntervals(n, { from: Date.UTC(2016, 0, 1, 7), to: Date.UTC(2026, 9, 31), seed: 42, clients: CLIENTS });

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
