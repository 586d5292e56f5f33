// Every command's --help shows examples: walked from the real command table, so a new command
// without examples fails here.
import type { CommandUnknownOpts as Command } from '@commander-js/extra-typings';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.ts';
import { testCtx } from '../helpers/ctx.ts';
import { ok, ttEnv } from '../helpers/cli.ts';

function leaves(cmd: Command, path: string[] = []): string[][] {
  const subs = cmd.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden && c.name() !== 'help');
  if (!subs.length) return [path];
  return subs.flatMap((c) => leaves(c, [...path, c.name()]));
}

describe('help', () => {
  it('has examples for every command', () => {
    const program = buildProgram(testCtx(), () => {});
    const paths = leaves(program);
    expect(paths.length).toBeGreaterThan(30);
    const e = ttEnv();
    const missing = paths.filter((p) => !ok(e, [...p, '--help']).stdout.includes('Examples:'));
    expect(missing).toEqual([]);
  });
});
