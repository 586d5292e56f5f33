// The shape shared by the command table and command modules.
import type { Command } from 'commander';
import type { Ctx } from '../platform/context.ts';

export interface Invocation {
  args: string[];
  opts: Record<string, unknown>;
  command: Command;
}

export interface CommandModule {
  run(ctx: Ctx, inv: Invocation): Promise<number | void> | number | void;
}

export type Runner = (load: () => Promise<CommandModule>) => (...args: unknown[]) => Promise<void>;

/** Repeatable option collector for commander. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
