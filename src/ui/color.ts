// Colour only on a terminal and never with NO_COLOR. Chalk is loaded only when colour is on: loading
// it asks whether the output is a terminal, which builds Node's tty and net modules (milliseconds on
// every run of a command whose output goes to a pipe or a file).
import type { ChalkInstance } from 'chalk';
import type { Ctx } from '../platform/context.ts';
import { neutral, ownUnmarked } from '../platform/safe-output.ts';

/**
 * What a Chalk instance at level 0 does with the styles tt uses (`c.bold(...)`, `c.red.bold(...)`):
 * every style is itself, and calling it joins its arguments unchanged.
 */
const plain: ChalkInstance = new Proxy(function plainStyle() {} as unknown as ChalkInstance, {
  apply: (_target, _this, args: unknown[]) => args.join(' '),
  // Not a thenable: `await paint(...)` must not take it for a promise.
  get: (_target, key) => (key === 'level' ? 0 : key === 'then' ? undefined : plain),
});

/**
 * Chalk whose own escape codes are marked as tt's (src/platform/safe-output.ts), so the safe writer
 * lets the colours through while it shows an escape code inside a note as text. What is styled is
 * made inert first: chalk repeats its codes inside the text, and would otherwise copy one in.
 */
function owned(style: ChalkInstance): ChalkInstance {
  // The proxy's target is a stand-in: chalk's styles are fixed properties, which a proxy must
  // return unchanged if it stood over chalk itself.
  return new Proxy((() => {}) as unknown as ChalkInstance, {
    apply: (_target, self, args: unknown[]) => ownUnmarked(Reflect.apply<unknown, string[], string>(style, self, args.map((a) => neutral(String(a))))),
    get: (_target, key) => {
      const v: unknown = Reflect.get(style, key, style);
      return typeof v === 'function' ? owned(v as ChalkInstance) : v;
    },
  });
}

export async function paint(ctx: Pick<Ctx, 'color'>): Promise<ChalkInstance> {
  if (!ctx.color) return plain;
  const { Chalk } = await import('chalk');
  return owned(new Chalk({ level: 1 }));
}
