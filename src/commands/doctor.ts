// tt doctor [--repair] [--json]: check everything tt stores (src/doctor/checks.ts), and mend what
// can be mended from another copy. Exit 0 all good, 3 damage found, 4 something could not be read.
import type { Ctx } from '../platform/context.ts';
import { exitCode } from '../doctor/check.ts';
import { doctorJson, doctorText } from '../doctor/report.ts';
import { runDoctor } from '../doctor/run.ts';
import { Store } from '../store/store.ts';

export interface DoctorOptions {
  repair?: boolean;
  json?: boolean;
}

export async function doctor(ctx: Ctx, opts: DoctorOptions): Promise<number> {
  const store = new Store(ctx);
  const repair = Boolean(opts.repair);
  const results = await runDoctor(store, repair);
  if (opts.json) doctorJson(ctx, store.p.root, results);
  else doctorText(ctx, store.p.root, results, repair);
  return exitCode(results);
}
