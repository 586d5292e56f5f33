// Bench for `tt review` (issue 7): what review costs on top of the reconcile it runs. A 20,000-commit
// repo over one quarter (made with `git fast-import`) is reviewed over that quarter; `tt review
// --json` and `--print` are timed against `tt reconcile --json` over the same data in the same run
// (target: review at most 1.3x reconcile), and `--accept-all --yes` (which writes every draft as an
// entry) against the same. Run after `npm run build`:  node scripts/bench/review.mjs
// Figures are ratios measured in this run (the machines are shared and noisy); exits 0 either way.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'tt.js');
const COMMITS = 20_000;
const DAYS = 91;
const RUNS = 5;
const START = Date.UTC(2026, 7, 3); // Monday 2026-08-03
const RANGE = ['--since', '2026-08-03', '--until', '2026-11-01'];
const work = mkdtempSync(join(tmpdir(), 'tt-bench-review-'));
const repo = join(work, 'acme-web');
const home = join(work, 'data');
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: work, LC_ALL: 'C' };
const env = { PATH: process.env.PATH, HOME: work, TT_HOME: home, TZ: 'Europe/Berlin', NO_COLOR: '1', TT_NOW: '2026-11-27T18:00:00Z' };

/** COMMITS commits between 08:00 and 18:00 UTC, in bursts, so sessions and gaps vary. */
function stream() {
  let seed = 5;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const times = [];
  for (let i = 0; i < COMMITS; i++) times.push(Math.floor((START + Math.floor(rand() * DAYS) * 86_400_000 + 8 * 3600_000 + rand() * 10 * 3600_000) / 1000));
  times.sort((a, b) => a - b);
  const parts = [];
  times.forEach((t, i) => {
    const msg = `change ${i}\n`;
    parts.push(`commit refs/heads/main\nmark :${i + 1}\nauthor Me <me@example.com> ${t} +0000\ncommitter Me <me@example.com> ${t} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}`);
    if (i > 0) parts.push(`from :${i}\n`);
    parts.push(`M 644 inline f\ndata ${String(i).length + 1}\n${i}\n\n`);
  });
  return parts.join('');
}

function tt(args, e = env) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: e, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`tt ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const ms = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  mkdirSync(repo, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main', repo], { env: gitEnv });
  spawnSync('git', ['config', 'user.email', 'me@example.com'], { cwd: repo, env: gitEnv });
  spawnSync('git', ['fast-import', '--quiet'], { cwd: repo, env: gitEnv, input: stream(), maxBuffer: 1 << 28 });
  tt(['config', 'set', 'tz', 'Europe/Berlin']);
  tt(['client', 'add', 'acme', '--rate', '90', '--repo', repo]);
  const drafts = JSON.parse(tt(['review', ...RANGE, '--json'])).drafts.length;
  // Each accept-all run writes into its own copy of the data folder, so every run adds all drafts.
  const copies = Array.from({ length: RUNS }, (_, i) => {
    const h = join(work, `data-${i}`);
    cpSync(home, h, { recursive: true });
    return h;
  });
  // Runs interleave, so a noisy moment on the shared machine hits every command alike.
  const t = { reconcile: [], json: [], print: [], accept: [] };
  for (let i = 0; i < RUNS; i++) {
    t.reconcile.push(ms(() => tt(['reconcile', ...RANGE, '--json'])));
    t.json.push(ms(() => tt(['review', ...RANGE, '--json'])));
    t.print.push(ms(() => tt(['review', ...RANGE, '--print'])));
    t.accept.push(ms(() => tt(['review', ...RANGE, '--accept-all', '--yes'], { ...env, TT_HOME: copies[i] })));
  }
  const [reconcile, reviewJson, reviewPrint, acceptAll] = [t.reconcile, t.json, t.print, t.accept].map(median);
  const ratio = (x) => `${(x / reconcile).toFixed(2)}x`;
  console.log(`tt review bench: ${COMMITS.toLocaleString('en-US')} commits over ${DAYS} days, ${drafts} drafts, median of ${RUNS} runs`);
  console.log(`  tt reconcile --json (baseline)   ${reconcile.toFixed(0)} ms   1.00x`);
  console.log(`  tt review --json                 ${reviewJson.toFixed(0)} ms   ${ratio(reviewJson)}   (target <= 1.3x)`);
  console.log(`  tt review --print                ${reviewPrint.toFixed(0)} ms   ${ratio(reviewPrint)}`);
  console.log(`  tt review --accept-all --yes     ${acceptAll.toFixed(0)} ms   ${ratio(acceptAll)}   (writes ${drafts} entries)`);
} catch (err) {
  console.log(`tt review bench failed: ${err.message}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
