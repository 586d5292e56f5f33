// Builds the demo world of templates/demo/ in a folder: real git repos with dated commits, an
// imported calendar, clients, tracked entries and an invoice made from them, and names the steps
// that close the loop (review the untracked Friday, bill it with --unbilled). Used by `npm run demo`
// and by the end-to-end test of the demo, so both see exactly the same world and steps.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = process.env.TT_TEST_BIN ?? join(ROOT, 'bin', 'tt.js');
const DEMO = join(ROOT, 'templates', 'demo');

export function loadWorld() {
  return JSON.parse(readFileSync(join(DEMO, 'world.json'), 'utf8'));
}

/** Local wall time in the demo's zone (Berlin, UTC+1 in November) as ISO-8601 with offset. */
const local = (day, hhmm) => `${day}T${hhmm}:00+01:00`;

export function runTt(env, args, { allow = [0] } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  if (!allow.includes(r.status)) throw new Error(`tt ${args.join(' ')} exited ${r.status}\n${r.stdout}${r.stderr}`);
  return r;
}

export function buildWorld(root) {
  const world = loadWorld();
  const env = { ...process.env, TT_HOME: join(root, 'data'), HOME: root, TZ: world.tz, TT_NOW: world.now, NO_COLOR: '1' };
  delete env.TT_FAULT;
  const gitEnv = { PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Demo Freelancer', GIT_AUTHOR_EMAIL: world.me, GIT_COMMITTER_NAME: 'Demo Freelancer', GIT_COMMITTER_EMAIL: world.me };
  for (const repo of world.repos) {
    const dir = join(root, 'code', repo.name);
    mkdirSync(dir, { recursive: true });
    const git = (args, extra = {}) => execFileSync('git', args, { cwd: dir, env: { ...gitEnv, ...extra }, stdio: 'pipe' });
    git(['init', '-q', '-b', 'main']);
    git(['config', 'user.email', world.me]);
    repo.days.forEach((day) => {
      repo.times.forEach((t, i) => {
        const date = local(day, t);
        git(['commit', '-q', '--allow-empty', '-m', repo.subjects[i % repo.subjects.length]], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
      });
    });
  }
  const tt = (args, opts) => runTt(env, args, opts);
  tt(['config', 'set', 'tz', world.tz]);
  tt(['config', 'set', 'me.emails', world.me]);
  for (const c of world.clients) tt(['client', 'add', c.name, ...c.args.map((a) => a.replace('{root}', root))]);
  tt(['calendar', 'import', join(DEMO, 'calendar.ics'), '--name', 'work']);
  for (const [target, from, to] of world.tracked) tt(['add', target, '--from', `${from}:00+01:00`, '--to', `${to}:00+01:00`]);
  tt(world.invoice);
  return { env, world, tt };
}

/** The loop's steps, with `{out}` (where the new invoice document goes) filled in. */
export function loopSteps(world, out) {
  const fill = (args) => args.map((a) => a.replace('{out}', out));
  return { review: fill(world.loop.review), create: fill(world.loop.create) };
}

/** "now invoiced: $480.00 net on invoice 2026-A002 (unpaid)", from `tt invoice list --json`'s entry of it. */
export function nowInvoiced(listed) {
  const total = listed.totals[0];
  const symbol = { USD: '$', EUR: '€' }[total.currency];
  const net = symbol ? `${symbol}${total.net.toFixed(2)}` : `${total.net.toFixed(2)} ${total.currency}`;
  const state = { issued: 'unpaid', sent: 'sent, unpaid' }[listed.status] ?? listed.status;
  return `now invoiced: ${net} net on invoice ${listed.number} (${state})`;
}
