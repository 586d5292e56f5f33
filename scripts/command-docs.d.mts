// Types of command-docs.mjs for the test that checks the pages against `--help`.
import type { CommandUnknownOpts } from '@commander-js/extra-typings';

export function commandPaths(cmd: CommandUnknownOpts, path?: string[]): string[][];
export function pageName(path: string[]): string;
export function commandPages<C>(
  buildProgram: (ctx: C, setExit: (code: number) => void) => CommandUnknownOpts,
  main: (argv: string[], ctx: C) => Promise<number>,
  makeCtx: () => { ctx: C; stdout: string[] },
): Promise<Map<string, string>>;
