// In-process runs for the input tests: one data folder, a fixed clock, and the output of each run
// on its own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';
import { tempDir } from '../helpers/tmp.ts';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function run(ctx: TestCtx, args: string[]): Promise<Run> {
  const [o, e] = [ctx.stdout.length, ctx.stderr.length];
  const code = await main(args, ctx);
  return { code, out: ctx.stdout.slice(o).join(''), err: ctx.stderr.slice(e).join('') };
}

/** A data folder in Berlin time at `now` (default Friday 2026-11-27 11:00 local) with client acme. */
export async function world(now = '2026-11-27T10:00:00Z'): Promise<TestCtx> {
  const ctx = testCtx({ now });
  for (const args of [['config', 'set', 'tz', 'Europe/Berlin'], ['client', 'add', 'acme', '--rate', '100', '--alias', 'Acme Corp']]) {
    const r = await run(ctx, args);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.err}`);
  }
  return ctx;
}

/** A file with these contents in a fresh temp folder. */
export function file(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}
