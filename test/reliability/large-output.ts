// Runs tt for an output larger than spawnSync's default 1 MiB buffer (a log of 20,000 entries as
// JSON is about 8 MiB), failing with the output when the exit code is not 0.
import { spawnSync } from 'node:child_process';
import { BIN, type TtEnv } from '../helpers/cli.ts';

export function ttLarge(e: TtEnv, args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: e.env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`tt ${args.join(' ')} exited ${r.status}\nstderr: ${r.stderr}\nerror: ${r.error?.message ?? ''}`);
  return r.stdout;
}
