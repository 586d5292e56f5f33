// What every part of the command table shares: how a command's module is called, and the helpers
// for help texts and repeatable flags.
import type { Command } from '@commander-js/extra-typings';
import type { Ctx } from '../platform/context.ts';

/**
 * Wraps a command's call for commander's `.action()`. The arguments arrive typed from the command's
 * declaration (extra-typings infers them from the `.argument()` and `.option()` chain), so a command
 * module whose function takes other options fails to compile. A number returned is the exit code.
 */
export type Run = <A extends unknown[]>(command: (ctx: Ctx, ...args: A) => Promise<number | void>) => (...args: A) => Promise<void>;

/** Declares one top-level command (with its subcommands) on the program. */
export type Register = (program: Command, run: Run) => void;

/** Repeatable option collector for commander. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
