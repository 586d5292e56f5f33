// Sync carries only what is the user's across devices (issue 16, item 3): events, activity, settings,
// invoices and their records, the calendars. What describes one machine (hooks.json with its repos,
// git-template/, hooks/, local state, the device id and series, a config key naming local paths)
// never leaves it, and one pushed by an older tt never replaces this machine's own.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareRemote, device, git, hostileClone, pushAll } from './world.ts';

const SYNCED = /^(\.gitignore|events\/[a-z0-9]+\/\d{4}-\d{2}\.json|activity\/[a-z0-9]+\/\d{4}-\d{2}\.json|settings\/[a-z0-9]+\.json|invoices\/[0-9A-Z]+\.json|invoices\/events\/[a-z0-9]+\.jsonl|calendars\/index\.json|calendars\/[A-Za-z0-9][A-Za-z0-9._-]*\.ics)$/;

function machineFiles(home: string, who: string): string {
  const registry = JSON.stringify({ version: 1, repos: [{ hooksDir: `/home/${who}/code/x/.git/hooks`, top: `/home/${who}/code/x`, createdDir: false, at: '2026-11-01T00:00:00Z' }], global: { templateDir: join(home, 'git-template'), mode: 'own', configFile: `/home/${who}/.gitconfig`, configBefore: null, configAfter: '', previous: null, createdDir: true } }, null, 2);
  mkdirSync(join(home, 'git-template', 'hooks'), { recursive: true });
  mkdirSync(join(home, 'hooks'), { recursive: true });
  writeFileSync(join(home, 'hooks.json'), `${registry}\n`);
  writeFileSync(join(home, 'git-template', 'hooks', 'post-commit'), `#!/bin/sh\n# ${who}\n`);
  writeFileSync(join(home, 'hooks', 'post-commit'), `#!/bin/sh\n# ${who}\n`);
  return `${registry}\n`;
}

describe('what sync carries', () => {
  it('pushes only tt\'s synced files: no hooks.json, git-template/, hooks/, state, device or series', async () => {
    const remote = bareRemote();
    const a = device();
    await a.ok(['client', 'add', 'acme', '--rate', '90']);
    await a.ok(['add', 'acme', '--from', '2026-11-26T09:00:00Z', '--to', '2026-11-26T10:00:00Z']);
    await a.ok(['invoice', 'create', '--client', 'acme', '--period', '2026-11-26..2026-11-26']);
    machineFiles(a.home, 'ann');
    await a.ok(['sync', 'init', remote, '--device', 'laptop']);
    await a.ok(['add', 'acme', '--from', '2026-11-27T09:00:00Z', '--to', '2026-11-27T10:00:00Z']);
    await a.ok(['sync']);
    const pushed = git(remote, ['ls-tree', '-r', '--name-only', 'main']).trim().split('\n');
    expect(pushed.filter((p) => !SYNCED.test(p))).toEqual([]);
    expect(pushed).toContain('.gitignore');
    expect(pushed.some((p) => p.startsWith('events/'))).toBe(true);
    expect(pushed.some((p) => p.startsWith('invoices/'))).toBe(true);
  });

  it('hooks.json and git-template/ pushed by an older tt never replace this machine\'s own, and leave the remote', async () => {
    const remote = bareRemote();
    const a = device();
    const b = device();
    await a.ok(['client', 'add', 'acme']);
    await a.ok(['sync', 'init', remote, '--device', 'laptop']);
    // An older tt on another machine pushed its machine files.
    const old = hostileClone(remote);
    machineFiles(old, 'ann');
    git(old, ['add', '-f', 'hooks.json', 'git-template', 'hooks']);
    pushAll(old, 'tt sync from an older tt');
    const mine = machineFiles(b.home, 'bob');
    const r = await b.ok(['sync', 'init', remote, '--device', 'desktop']);
    expect(readFileSync(join(b.home, 'hooks.json'), 'utf8')).toBe(mine);
    expect(readFileSync(join(b.home, 'git-template', 'hooks', 'post-commit'), 'utf8')).toContain('bob');
    expect(r.stderr).toContain('hooks.json');
    const status = await b.json<{ global: { templateDir: string } | null }>(['hooks', 'status']);
    expect(status.global?.templateDir).toBe(join(b.home, 'git-template'));
    const pushed = git(remote, ['ls-tree', '-r', '--name-only', 'main']);
    expect(pushed).not.toMatch(/hooks\.json|git-template|^hooks\//m);
    // And the other device, which has machine files of its own, keeps them too.
    const aOwn = machineFiles(a.home, 'ann');
    await a.ok(['sync']);
    expect(readFileSync(join(a.home, 'hooks.json'), 'utf8')).toBe(aOwn);
  });

  it('config keys sync, except those naming this machine\'s paths (hooks.exclude)', async () => {
    const remote = bareRemote();
    const a = device();
    const b = device();
    await a.ok(['sync', 'init', remote, '--device', 'laptop']);
    await b.ok(['config', 'set', 'hooks.exclude', '/home/bob/private']);
    await b.ok(['sync', 'init', remote, '--device', 'desktop']);
    await a.ok(['config', 'set', 'tz', 'America/New_York']);
    await a.ok(['config', 'set', 'hooks.exclude', '/home/ann/secret']);
    await a.ok(['sync']);
    await b.ok(['sync']);
    expect((await b.ok(['config', 'get', 'tz'])).stdout.trim()).toBe('America/New_York');
    expect((await b.ok(['config', 'get', 'hooks.exclude'])).stdout.trim()).toBe('/home/bob/private');
    expect((await a.ok(['config', 'get', 'hooks.exclude'])).stdout.trim()).toBe('/home/ann/secret');
    const settings = git(remote, ['ls-tree', '-r', '--name-only', 'main', '--', 'settings']).trim().split('\n');
    expect(settings).toHaveLength(2);
    for (const f of settings) expect(git(remote, ['show', `main:${f}`])).not.toContain('hooks.exclude');
  });
});
