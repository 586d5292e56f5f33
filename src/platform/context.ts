// Every side effect enters through this object: the clock, the environment, the filesystem and the
// output streams. Tests pass a fixed clock, a temp folder and a filesystem that fails on demand.
import { hostname, homedir } from 'node:os';
import { makeFs, type Fs } from './fs.ts';
import { fdWriter, isTerminal } from './stdio.ts';
import { processZone } from './process-zone.ts';
import { setProcessZone } from '../core/time.ts';

export interface Ctx {
  /** Now, as tt reads and records it: pinned by TT_NOW (demos, end-to-end tests). Every time read goes here. */
  now: () => number;
  /**
   * The real clock, never pinned, for the few things that must follow physical time even when now()
   * is pinned: ULID ids (replay order is recording order), the settings' hybrid clock (the later
   * edit of a client wins across devices), a journal's grace period and the lock's staleness (both
   * compared with file times the kernel sets), and the boot time the hooks' uptimes are counted from. Tests pass it too, to move it independently of now().
   */
  clock: () => number;
  env: Record<string, string | undefined>;
  fs: Fs;
  out: (text: string) => void;
  err: (text: string) => void;
  /** stdout is a terminal: colour, spinners and progress are allowed (and NO_COLOR is unset). */
  isTTY: boolean;
  color: boolean;
  cwd: string;
  home: string;
  pid: number;
  host: string;
}

export function processContext(): Ctx {
  const env = process.env;
  // Local time in this process's own zone is computed with Date's getters (see core/time.ts).
  setProcessZone(processZone(env));
  // TT_NOW pins the clock for reproducible demos and end-to-end tests; nothing else reads it.
  const fixed = env.TT_NOW ? Date.parse(env.TT_NOW) : NaN;
  return {
    now: Number.isNaN(fixed) ? () => Date.now() : () => fixed,
    clock: () => Date.now(),
    env,
    fs: makeFs(env),
    out: fdWriter(1),
    err: fdWriter(2),
    // Asked only by commands that draw; process.stdout.isTTY would build the stream (see stdio.ts).
    get isTTY() {
      return isTerminal(1);
    },
    get color() {
      return this.isTTY && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb';
    },
    cwd: process.cwd(),
    home: env.HOME || homedir(),
    pid: process.pid,
    host: hostname(),
  };
}
