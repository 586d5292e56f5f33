// tt shell-init bash|zsh|fish [--prompt]: prints the snippet to eval in the shell's start-up file.
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import { renderShell, SHELLS, type ShellName } from '../hooks/shell.ts';
import { bakedDataDir } from '../hooks/install.ts';
import { Store } from '../store/store.ts';

function isShell(name: string): name is ShellName {
  return (SHELLS as readonly string[]).includes(name);
}

export async function shellInit(ctx: Ctx, shell: string, opts: { prompt?: boolean }): Promise<void> {
  if (!isShell(shell)) {
    throw new UsageError(`tt shell-init: unknown shell "${shell}"`, 'Use bash, zsh or fish, e.g. eval "$(tt shell-init bash)".');
  }
  const store = new Store(ctx);
  try {
    store.ensureWritable(); // the snippet appends with builtins only; it cannot make the folder cheaply
  } catch {
    /* a shell must start even when the data folder is broken: the snippet then writes nothing */
  }
  ctx.out(renderShell(shell, bakedDataDir(store), Boolean(opts.prompt)));
}
