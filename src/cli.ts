// tt with every command (src/cli/table.ts): what bin/tt.js runs, and what tests call in-process.
import type { Command } from '@commander-js/extra-typings';
import type { Ctx } from './platform/context.ts';
import { buildProgram as build, runArgv, runProcess } from './cli/program.ts';
import { COMMANDS } from './cli/table.ts';

export { report } from './cli/program.ts';

export function buildProgram(ctx: Ctx, setExit: (code: number) => void): Command {
  return build(ctx, setExit, COMMANDS);
}

/** Runs tt with `argv` (without node and script) and returns the exit code. */
export function main(argv: string[], ctx: Ctx): Promise<number> {
  return runArgv(COMMANDS, argv, ctx);
}

export function run(): void {
  runProcess(COMMANDS);
}
