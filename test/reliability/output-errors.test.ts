// Output that cannot be written, and a data folder that is not a folder, are environment problems:
// exit 4 with a message in words, never exit 70 with a stack (issue 12, items 14 and 19). Standard
// output on a full device is staged for real with /dev/full; a reader that goes away (`| head`) is
// still ignored quietly.
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { BIN, ok, ttEnv, type TtEnv } from '../helpers/cli.ts';
import { testCtx } from '../helpers/ctx.ts';
import { tempDir } from '../helpers/tmp.ts';

function withStdout(e: TtEnv, args: string[], device: string): { code: number; stderr: string } {
  const fd = openSync(device, 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { env: e.env, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 60_000 });
    return { code: r.status ?? -1, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

const noStack = /internal error|\n\s+at /;

describe('standard output on a full device', () => {
  it.each(['config list', 'log --since 2026-11-01', 'invoice list', 'doctor'])('tt %s > /dev/full: exit 4, says stdout could not be written, no stack', (cmd) => {
    const e = ttEnv({ now: '2026-11-20T12:00:00Z' });
    ok(e, ['client', 'add', 'acme']);
    ok(e, ['add', 'acme', '--from', '2026-11-19T09:00:00Z', '--to', '2026-11-19T10:00:00Z']);
    const r = withStdout(e, cmd.split(' '), '/dev/full');
    expect(r.stderr).not.toMatch(noStack);
    expect(r.stderr).toMatch(/^tt: cannot write to standard output: ENOSPC \(no space left on device\)\n {2}\S/);
    expect(r.code).toBe(4);
  });

  it('a reader that goes away early (tt log | head -1) is not an error', () => {
    const e = ttEnv({ now: '2026-11-20T12:00:00Z' });
    ok(e, ['client', 'add', 'acme']);
    for (let d = 1; d <= 9; d++) ok(e, ['add', 'acme', '--from', `2026-11-0${d}T09:00:00Z`, '--to', `2026-11-0${d}T10:00:00Z`]);
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" log --since 2026-11-01 | head -c 1 >/dev/null`], { env: e.env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});

describe('TT_HOME that is a file, not a folder', () => {
  it.each(['invoice list', 'log', 'report', 'doctor', 'doctor --json', 'doctor --repair'])('tt %s: exit 4 naming the data folder, no stack', async (cmd) => {
    const dir = tempDir();
    const file = join(dir, 'data');
    writeFileSync(file, 'not a folder\n');
    const ctx = testCtx({ env: { TT_HOME: file } });
    const code = await main(cmd.split(' '), ctx);
    const said = ctx.stdout.join('') + ctx.stderr.join('');
    expect(said).not.toMatch(noStack);
    expect(said).toContain(file);
    expect(said).toContain("a file, not a folder");
    expect(code).toBe(4);
  });
});
