// One run in a real terminal: tmux starts `tt review --week` in a detached 80x24 session, keys go in
// with send-keys, the screen comes back with capture-pane, and `tt log --json` shows what was saved.
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { BIN, ttJson, type TtEnv } from '../helpers/cli.ts';
import { reviewWeek } from './setup.ts';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// A socket of our own, so the test never touches a user's tmux server.
const SOCKET = `tt-review-${process.pid}`;
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = (): string => tmux('capture-pane', '-p', '-t', 'review');

/** Waits for the screen to show `text` (tt reads git history and starts ink first). */
async function until(text: string): Promise<string> {
  for (let i = 0; i < 300 && !screen().includes(text); i++) await sleep(100);
  const s = screen();
  expect(s).toContain(text);
  return s;
}

let e: TtEnv;
beforeAll(() => {
  if (hasTmux) ({ e } = reviewWeek({ calendar: false }));
});
afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

// Debian's tmux is installed by .ci/run; without it there is no terminal to drive, and the title says so.
const title = hasTmux ? 'tt review in a real terminal (tmux)' : 'tt review in a real terminal: SKIPPED, tmux is not installed (apt-get install -y tmux)';
describe.skipIf(!hasTmux)(title, () => {
  it('accepts a draft with a key, quits with a summary, and the entry is stored with source review', async () => {
    const env = Object.entries({ ...e.env, TERM: 'xterm-256color' }).map(([k, v]) => `${k}=${v}`);
    const command = ['env', '-i', ...env, process.execPath, BIN, 'review', '--week'].map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(' ');
    tmux('new-session', '-d', '-s', 'review', '-x', '80', '-y', '24', `${command}; echo "tt exited $?"; sleep 600`);
    const first = await until('q save+quit');
    expect(first).toContain('tt review 2026-11-23..2026-11-29  ✓ 0 accepted 0:00  · 2 pending');
    expect(first).toMatch(/›Mon 23 +1:08 +│ › +13:32–14:40 +1:08 acme +2 commits in acme-web/);
    expect(first).toContain(' Tue 24  0:30');
    expect(first.split('\n').every((l) => [...l].length <= 80)).toBe(true);
    tmux('send-keys', '-t', 'review', 'a');
    await until('✓ 1 accepted 1:08');
    tmux('send-keys', '-t', 'review', 'q');
    const last = await until('tt exited 0');
    expect(last).toContain('Added 1 entry, 1:08 (source review; `tt undo` reverts them all):');
    expect(last).toContain('2026-11-23  13:32–14:40   1:08  acme');
    const log = ttJson<{ entries: { client: string; start: string; end: string; source: string }[] }>(e, ['log', '--week']);
    expect(log.entries.map((x) => [x.client, x.start, x.end, x.source])).toEqual([['acme', '2026-11-23T12:32:00Z', '2026-11-23T13:40:00Z', 'review']]);
  });
});
