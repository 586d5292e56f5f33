// Bench for `tt reconcile` (issue 5): a 50,000-commit repo over one year, made with `git fast-import`,
// and a 2,000-event calendar, reconciled over that year, against `git log --all --format='%H %at %ae'` on the same repo in the
// same run (target: at most 3x), and tt's peak memory (target: at most 300 MB). Run after
// `npm run build`:  node scripts/bench/reconcile.mjs
// Figures are ratios measured in this run (the machines are shared and noisy); exits 0 either way.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'tt.js');
const COMMITS = 50_000;
const EVENTS = 2_000;
const RUNS = 5;
const START = Date.UTC(2025, 10, 24); // Monday 2025-11-24
const DAYS = 364;
const work = mkdtempSync(join(tmpdir(), 'tt-bench-reconcile-'));
const repo = join(work, 'acme-web');
const home = join(work, 'data');
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: work, LC_ALL: 'C' };

/** fast-import stream: COMMITS commits between 08:00 and 18:00 UTC on any day, a tenth of them by someone else, one branch per 1,000. */
function stream() {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const times = [];
  for (let i = 0; i < COMMITS; i++) {
    const day = Math.floor(rand() * DAYS);
    times.push(Math.floor((START + day * 86_400_000 + 8 * 3600_000 + rand() * 10 * 3600_000) / 1000));
  }
  times.sort((a, b) => a - b);
  const parts = [];
  times.forEach((t, i) => {
    const who = i % 10 === 9 ? 'Other <other@example.com>' : 'Me <me@example.com>';
    const msg = `change ${i}\n`;
    const ref = i % 1000 === 999 ? `refs/heads/b${i}` : 'refs/heads/main';
    parts.push(`commit ${ref}\nmark :${i + 1}\nauthor ${who} ${t} +0000\ncommitter ${who} ${t} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}`);
    if (i > 0) parts.push(`from :${i}\n`);
    parts.push(`M 644 inline f\ndata ${String(i).length + 1}\n${i}\n\n`);
  });
  return parts.join('');
}

/** EVENTS timed meetings of 30 to 90 minutes between 08:00 and 17:00 UTC, a third of them acme's. */
function calendar() {
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const stamp = (ms) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tt bench//EN'];
  for (let i = 0; i < EVENTS; i++) {
    const start = START + Math.floor(rand() * DAYS) * 86_400_000 + (8 * 60 + Math.floor(rand() * 18) * 30) * 60_000;
    const end = start + (30 + Math.floor(rand() * 3) * 30) * 60_000;
    const title = ['Acme sync', 'Globex weekly', 'Interview'][i % 3];
    lines.push('BEGIN:VEVENT', `UID:bench-${i}@tt`, `DTSTAMP:${stamp(START)}`, `DTSTART:${stamp(start)}`, `DTEND:${stamp(end)}`, `SUMMARY:${title} ${i}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

function run(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, r };
}

mkdirSync(repo, { recursive: true });
const t0 = Date.now();
run('git', ['init', '-q', '-b', 'main', repo], { env: gitEnv });
run('git', ['-C', repo, 'config', 'user.email', 'me@example.com'], { env: gitEnv });
run('git', ['-C', repo, 'fast-import', '--quiet'], { env: gitEnv, input: stream() });
run('git', ['-C', repo, 'checkout', '-q', 'main'], { env: gitEnv });
console.log(`made a ${COMMITS.toLocaleString('en-US')}-commit repo over ${DAYS} days in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const now = new Date(START + DAYS * 86_400_000 - 3600_000).toISOString();
const ttEnv = { PATH: process.env.PATH, HOME: work, TT_HOME: home, TZ: 'UTC', TT_NOW: now, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1' };
const tt = (args) => run(process.execPath, [BIN, ...args], { env: ttEnv });
tt(['config', 'set', 'tz', 'UTC']);
tt(['client', 'add', 'acme', '--rate', '90', '--repo', repo, '--meeting', 'acme']);
tt(['client', 'add', 'globex', '--rate', '100', '--meeting', 'globex']);
writeFileSync(join(work, 'work.ics'), calendar());
tt(['calendar', 'import', join(work, 'work.ics'), '--name', 'work']);
console.log(`imported a ${EVENTS.toLocaleString('en-US')}-event calendar`);
for (let w = 0; w < 20; w++) {
  const day = new Date(START + w * 7 * 86_400_000).toISOString().slice(0, 10);
  tt(['add', 'acme', '--from', `${day}T09:00:00Z`, '--to', `${day}T12:00:00Z`]);
}

// Peak memory from inside the process: process.resourceUsage() as it exits (maxRSS in KiB).
const peak = "data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))";
const since = new Date(START).toISOString().slice(0, 10);
const until = new Date(START + (DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
const gitTimes = [];
const ttTimes = [];
let maxRss = 0;
let out = null;
for (let i = 0; i < RUNS; i++) {
  gitTimes.push(run('git', ['-C', repo, 'log', '--all', '--format=%H %at %ae'], { env: gitEnv }).ms);
  const r = run(process.execPath, ['--import', peak, BIN, 'reconcile', '--since', since, '--until', until, '--json'], { env: ttEnv });
  ttTimes.push(r.ms);
  maxRss = Math.max(maxRss, Number(/MAXRSS (\d+)/.exec(r.r.stderr)?.[1] ?? 0));
  out = JSON.parse(r.r.stdout);
}
const best = (a) => Math.min(...a);
const ratio = best(ttTimes) / best(gitTimes);
const mb = maxRss / 1024;
console.log(`git log --all (baseline)   best of ${RUNS}: ${best(gitTimes).toFixed(0)} ms`);
console.log(`tt reconcile over the year best of ${RUNS}: ${best(ttTimes).toFixed(0)} ms  (${out.days.length} day rows, ${out.gaps.length} gaps, ${out.totals.evidenceHours} evidence hours)`);
console.log(`ratio tt / git log: ${ratio.toFixed(2)}x (target <= 3x) ${ratio <= 3 ? 'OK' : 'OVER'}`);
console.log(`tt peak memory: ${mb.toFixed(0)} MB (target <= 300 MB) ${mb <= 300 ? 'OK' : 'OVER'}`);
rmSync(work, { recursive: true, force: true });
