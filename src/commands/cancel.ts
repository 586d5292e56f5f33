// tt cancel: the running timer is discarded (tt undo brings it back).
import type { Ctx } from '../platform/context.ts';
import { formatHM } from '../core/duration.ts';
import { UsageError } from '../core/errors.ts';
import { Store, newId } from '../store/store.ts';
import { label } from '../ui/entry-text.ts';

export async function cancel(ctx: Ctx): Promise<void> {
  const store = new Store(ctx);
  const cancelled = store.lock(() => {
    const running = store.timer();
    if (!running) throw new UsageError('no timer is running', 'Nothing to cancel.');
    store.append([{ ...store.stamp(newId()), id: newId(), kind: 'delete', entry: running.id }]);
    store.setTimer(null);
    return running;
  });
  ctx.out(`Cancelled ${label(cancelled)} (${formatHM(ctx.now() - cancelled.start)} discarded; \`tt undo\` brings it back).\n`);
}
