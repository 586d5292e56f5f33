// A progress line on a terminal, shown only once the work has taken over a second (quick runs stay
// quiet), on stderr so stdout stays clean; on a non-terminal it never shows.
import type { Ctx } from '../platform/context.ts';
import { own } from '../platform/safe-output.ts';

/** Back to the start of the line and erase it: tt's own control sequence, let through as such. */
const CLEAR = own('\r\x1b[2K');

export interface Progress {
  commits(n: number): void;
  events(n: number): void;
  done(): void;
}

export const silentProgress: Progress = { commits: () => {}, events: () => {}, done: () => {} };

export function progress(ctx: Pick<Ctx, 'isTTY' | 'err'>, delayMs = 1000): Progress {
  if (!ctx.isTTY) return silentProgress;
  let commits = 0;
  let events = 0;
  let shown = false;
  const draw = (): void => {
    shown = true;
    ctx.err(`${CLEAR}reading evidence: ${commits.toLocaleString('en-US')} commits, ${events.toLocaleString('en-US')} events`);
  };
  let tick: ReturnType<typeof setInterval> | null = null;
  const wait = setTimeout(() => {
    draw();
    tick = setInterval(draw, 200);
    tick.unref();
  }, delayMs);
  wait.unref();
  return {
    commits: (n) => void (commits += n),
    events: (n) => void (events += n),
    done: () => {
      clearTimeout(wait);
      if (tick) clearInterval(tick);
      if (shown) ctx.err(CLEAR);
    },
  };
}
