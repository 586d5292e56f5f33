// tt runs however it is installed: through a symbolic link of another name (`ln -s .../bin/tt.js
// ~/bin/timetrack`), and as npm installs it (`npm install -g`); bin/tt.js calls the CLI's run(),
// nothing guesses the entry point from the script's name. `tt --version` is package.json's.
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { testCtx } from '../helpers/ctx.ts';
import { BIN, ROOT, ttEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs an installed command as a shell would: by its path, its `#!/usr/bin/env node` finding this Node. */
function runAs(path: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const e = ttEnv();
  const r = spawnSync(path, args, { env: { ...e.env, PATH: `${dirname(process.execPath)}:${e.env.PATH}` }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('installing tt', () => {
  it('prints the version from package.json', async () => {
    const ctx = testCtx();
    expect(await main(['--version'], ctx)).toBe(0);
    expect(ctx.stdout.join('')).toBe(`${VERSION}\n`);
  });

  it('runs through a symbolic link of another name', () => {
    const link = join(tempDir(), 'timetrack');
    symlinkSync(BIN, link);
    expect(runAs(link, ['status'])).toEqual({ code: 0, stdout: 'No timer is running.\n', stderr: '' });
    expect(runAs(link, ['log', '--json']).stdout).toContain('"entries": []');
    expect(runAs(link, ['--version']).stdout).toBe(`${VERSION}\n`);
  });

  it('runs as `npm install -g` installs it', () => {
    const prefix = tempDir();
    const npm = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--offline', ROOT], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_loglevel: 'error' } });
    expect(npm.status, npm.stderr).toBe(0);
    expect(runAs(join(prefix, 'bin', 'tt'), ['--version']).stdout).toBe(`${VERSION}\n`);
    expect(runAs(join(prefix, 'bin', 'tt'), ['status'])).toEqual({ code: 0, stdout: 'No timer is running.\n', stderr: '' });
  });
});
