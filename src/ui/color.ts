// Colour only on a terminal and never with NO_COLOR. Chalk is loaded only when colour is on: loading
// it asks whether the output is a terminal, which builds Node's tty and net modules (milliseconds on
// every run of a command whose output goes to a pipe or a file).
import type { ChalkInstance } from 'chalk';
import type { Ctx } from '../platform/context.ts';

/**
 * What a Chalk instance at level 0 does with the styles tt uses (`c.bold(...)`, `c.red.bold(...)`):
 * every style is itself, and calling it joins its arguments unchanged.
 */
const plain: ChalkInstance = new Proxy(function plainStyle() {} as unknown as ChalkInstance, {
  apply: (_target, _this, args: unknown[]) => args.join(' '),
  // Not a thenable: `await paint(...)` must not take it for a promise.
  get: (_target, key) => (key === 'level' ? 0 : key === 'then' ? undefined : plain),
});

export async function paint(ctx: Pick<Ctx, 'color'>): Promise<ChalkInstance> {
  if (!ctx.color) return plain;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
