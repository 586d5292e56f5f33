// Every command that shows or changes time prints the running timer's warnings once, on stderr.
import type { Ctx } from '../platform/context.ts';
import type { Entry } from '../core/events.ts';
import { timerWarnings } from '../core/timer-checks.ts';

export function warnAboutTimer(ctx: Ctx, timer: Entry | null, tz: string): void {
  for (const w of timerWarnings(timer, ctx.now(), tz)) ctx.err(`tt: warning: ${w.message}\n`);
}
