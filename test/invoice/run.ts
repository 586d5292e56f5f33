// Runs tt in-process (src/cli.ts main) against a temp data folder with a pinned clock: the invoice
// tests run many commands, and a process per command would cost seconds on a shared machine.
import { main } from '../../src/cli.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Tt {
  ctx: TestCtx;
  (...args: string[]): Promise<Run>;
  ok(...args: string[]): Promise<Run>;
}

/** A fresh data folder in Europe/Berlin with the clock at `now`. */
export async function world(now = '2026-12-02T10:00:00Z'): Promise<Tt> {
  const ctx = testCtx({ now });
  const run = (async (...args: string[]): Promise<Run> => {
    ctx.stdout.length = 0;
    ctx.stderr.length = 0;
    const code = await main(args, ctx);
    return { code, stdout: ctx.stdout.join(''), stderr: ctx.stderr.join('') };
  }) as Tt;
  run.ctx = ctx;
  run.ok = async (...args: string[]): Promise<Run> => {
    const r = await run(...args);
    if (r.code !== 0) throw new Error(`tt ${args.join(' ')} exited ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
    return r;
  };
  await run.ok('config', 'set', 'tz', 'Europe/Berlin');
  return run;
}
