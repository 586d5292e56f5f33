// Reading the source file the user named: only a regular file, up to the input cap, decoded from
// what its bytes are (platform/user-file.ts); a file that cannot be read is bad input naming it.
import type { Ctx } from '../platform/context.ts';
import { readUserText } from '../platform/user-file.ts';

export function readText(ctx: Ctx, path: string, shown: string): string {
  const r = readUserText(path, shown, { hint: 'Give the path of the exported file.' });
  if (r.note) ctx.err(`tt: warning: ${r.note}\n`);
  return r.text;
}
