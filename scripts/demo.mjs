// npm run demo: a scripted week in a temp data folder, run through the real binary, so a fresh clone
// shows what tt does without touching the user's own data.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/tt.js', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'tt-demo-'));
const env = { ...process.env, TT_HOME: join(home, 'data'), TZ: 'Europe/Berlin' };

function tt(now, ...args) {
  console.log(`\n$ tt ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}    # at ${now}`);
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...env, TT_NOW: now }, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  if (r.status !== 0 && r.status !== 1) throw new Error(`tt ${args.join(' ')} failed with exit ${r.status}`);
}

try {
  tt('2026-11-23T08:00:00Z', 'config', 'set', 'tz', 'Europe/Berlin');
  tt('2026-11-23T08:00:00Z', 'client', 'add', 'acme', '--rate', '90', '--currency', 'USD', '--round', '6m');
  tt('2026-11-23T08:00:00Z', 'client', 'add', 'globex', '--rate', '110', '--currency', 'EUR', '--round', '15m');
  tt('2026-11-23T08:00:00Z', 'start', 'acme/web', '+bugfix', '--estimate', '30m');
  tt('2026-11-23T08:45:00Z', 'status');
  tt('2026-11-23T09:10:00Z', 'start', 'globex/api');
  tt('2026-11-23T11:30:00Z', 'stop', '--at', '10 minutes ago');
  tt('2026-11-24T16:00:00Z', 'add', 'acme', '--from', 'yesterday 14:00', '--to', 'yesterday 16:30', '--note', 'call with Bob');
  tt('2026-11-24T16:00:00Z', 'add', 'globex', '--from', '2026-11-24T13:00:00+01:00', '--to', '2026-11-24T15:00:00+01:00');
  tt('2026-11-24T16:05:00Z', 'edit', '@1', '--to', '15:30');
  tt('2026-11-24T16:10:00Z', 'log', '--week');
} finally {
  rmSync(home, { recursive: true, force: true });
}
