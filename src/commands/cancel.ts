// tt cancel: the running timer is discarded (tt undo brings it back).
import type { Ctx } from '../platform/context.ts';
import { formatHM } from '../core/duration.ts';
import { Store } from '../store/store.ts';
import { cancelTimer } from '../timers/stop.ts';
import { label } from '../ui/entry-text.ts';

export async function cancel(ctx: Ctx): Promise<void> {
  const cancelled = cancelTimer(new Store(ctx));
  ctx.out(`Cancelled ${label(cancelled)} (${formatHM(ctx.now() - cancelled.start)} discarded; \`tt undo\` brings it back).\n`);
}
