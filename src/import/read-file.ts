// Reading the source file the user named; a file that cannot be read is bad input naming it.
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';

export function readText(ctx: Ctx, path: string, shown: string): string {
  try {
    return ctx.fs.readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code}`, 'Give the path of the exported file.');
  }
}
