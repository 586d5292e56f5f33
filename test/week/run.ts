// The trial week in-process: one data folder in Berlin time, two clients, a clock the test moves
// between commands (Saturday 2026-12-05 11:30 local unless told), and each command's output apart.
import { main } from '../../src/cli.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export interface Week {
  ctx: TestCtx;
  /** Moves tt's clock to an ISO instant. */
  at(iso: string): void;
  run(args: string[]): Promise<Run>;
  /** Runs a command that must succeed. */
  ok(args: string[]): Promise<Run>;
}

export async function week(now = '2026-12-05T10:30:00Z', env: Record<string, string> = {}): Promise<Week> {
  const ctx = testCtx({ now, env });
  const w: Week = {
    ctx,
    at(iso) {
      const t = Date.parse(iso);
      ctx.now = () => t;
    },
    async run(args) {
      const [o, e] = [ctx.stdout.length, ctx.stderr.length];
      const code = await main(args, ctx);
      return { code, out: ctx.stdout.slice(o).join(''), err: ctx.stderr.slice(e).join('') };
    },
    async ok(args) {
      const r = await w.run(args);
      if (r.code !== 0) throw new Error(`tt ${args.join(' ')} exited ${r.code}\n${r.out}${r.err}`);
      return r;
    },
  };
  await w.ok(['config', 'set', 'tz', 'Europe/Berlin']);
  await w.ok(['client', 'add', 'acme', '--rate', '60', '--currency', 'USD']);
  await w.ok(['client', 'add', 'globex', '--rate', '90', '--currency', 'EUR']);
  return w;
}
