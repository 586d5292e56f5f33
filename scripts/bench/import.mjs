// Bench for `tt import` and `tt export --format ics` (issue 8). Run after `npm run build`:
//   node scripts/bench/import.mjs
// Figures are ratios against `tt status` on the same data folder, measured in this run (the machines
// are shared and noisy): how many start-ups one import costs. Exits 0 either way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = process.env.TT_BENCH_BIN ?? join(ROOT, 'bin', 'tt.js');
const RUNS = 3;
const work = mkdtempSync(join(tmpdir(), 'tt-bench-import-'));
const PROJECTS = ['p0', 'p1', 'p2', 'p3', 'p4'];
const MAP = PROJECTS.flatMap((p, i) => ['--map', `${p}=${i % 2 ? 'globex' : 'acme'}`]);

/** A Watson frames file of n half-hour frames, one an hour, ids unique to `prefix`. */
function frames(n, prefix, from = Date.UTC(2020, 0, 1) / 1000) {
  const out = [];
  for (let i = 0; i < n; i++) out.push([from + i * 3600, from + i * 3600 + 1800, PROJECTS[i % 5], `${prefix}${i}`, [`t${i % 3}`], 0]);
  const file = join(work, `${prefix}-${n}.json`);
  writeFileSync(file, JSON.stringify(out));
  return file;
}

function env(home) {
  return { PATH: process.env.PATH, HOME: work, TT_HOME: home, TZ: 'UTC', NO_COLOR: '1', TT_NOW: '2026-11-27T10:00:00Z' };
}

function run(home, args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { env: env(home), encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`tt ${args.slice(0, 3).join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** A fresh data folder with the clients, optionally prepared by `setup`; the median of RUNS. */
function measure(args, setup = () => {}) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const home = mkdtempSync(join(work, 'home-'));
    run(home, ['client', 'add', 'acme']);
    run(home, ['client', 'add', 'globex']);
    setup(home);
    times.push(run(home, args));
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

try {
  const f1k = frames(1_000, 'a');
  const f10k = frames(10_000, 'b');
  const other10k = frames(10_000, 'c', Date.UTC(2023, 0, 1) / 1000);
  const base = measure(['status']);
  console.log(`baseline: tt status, median of ${RUNS}: ${base.toFixed(0)} ms`);
  const cases = [
    ['import 1,000 frames', () => measure(['import', 'watson', f1k, ...MAP])],
    ['import 10,000 frames', () => measure(['import', 'watson', f10k, ...MAP])],
    ['import 10,000 again (all skipped)', () => measure(['import', 'watson', f10k, ...MAP], (h) => run(h, ['import', 'watson', f10k, ...MAP]))],
    ['import 10,000 over 10,000 others', () => measure(['import', 'watson', f10k, ...MAP], (h) => run(h, ['import', 'watson', other10k, ...MAP]))],
    ['export ics of 10,000 entries', () => measure(['export', '--format', 'ics'], (h) => run(h, ['import', 'watson', f10k, ...MAP]))],
  ];
  const got = {};
  for (const [name, fn] of cases) {
    try {
      const ms = (got[name] = fn());
      console.log(`${name.padEnd(36)} ${(ms / base).toFixed(1).padStart(6)} x baseline  (${ms.toFixed(0)} ms)`);
    } catch (err) {
      console.log(`${name.padEnd(36)} failed: ${err.message.split('\n')[0]}`);
    }
  }
  const small = got['import 1,000 frames'];
  const large = got['import 10,000 frames'];
  if (small && large) console.log(`scaling: 10,000 frames take ${(large / small).toFixed(1)}x the time of 1,000`);
} catch (err) {
  console.log(`bench failed: ${err.message}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
