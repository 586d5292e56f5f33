// tt cancel: the running timer is discarded (tt undo brings it back).
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { formatHM } from '../core/duration.ts';
import { UsageError } from '../core/errors.ts';
import { Store } from '../store/store.ts';
import { label } from '../ui/entry-text.ts';

export async function run(ctx: Ctx, _inv: Invocation): Promise<void> {
  const store = new Store(ctx);
  const cancelled = store.transaction((tx) => {
    const running = tx.timer();
    if (!running) throw new UsageError('no timer is running', 'Nothing to cancel.');
    tx.append([{ ...store.stamp(store.newId()), id: store.newId(), kind: 'delete', entry: running.id }]);
    tx.setTimer(null);
    return running;
  });
  ctx.out(`Cancelled ${label(cancelled)} (${formatHM(ctx.now() - cancelled.start)} discarded; \`tt undo\` brings it back).\n`);
}
