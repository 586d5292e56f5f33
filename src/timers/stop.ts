// `tt stop` and `tt cancel`: the running timer ends (an edit of its end) or is discarded (a delete,
// which `tt undo` reverts). On the timer commands' start-up path: nothing heavy is imported here.
import { UsageError } from '../core/errors.ts';
import type { Entry } from '../core/events.ts';
import { requireLongStop } from '../core/timer-checks.ts';
import { formatNear } from '../core/time.ts';
import type { Store } from '../store/store.ts';

/**
 * Stops the running timer at `given` (--at) or now and returns it with its end. Now is read in the
 * transaction, under the lock, after any command that held it: a timer started meanwhile is the one
 * stopped, never stopped before it began.
 */
export function stopTimer(store: Store, given: number | undefined, long?: boolean): Entry & { end: number } {
  return store.transaction((tx) => {
    const tz = store.tz();
    const at = given ?? store.ctx.now();
    const running = tx.timer();
    if (!running) throw new UsageError('no timer is running', 'Start one with `tt start CLIENT`, or record past work with `tt add`.');
    if (at <= running.start) {
      const now = store.ctx.now();
      const when = `${given === undefined ? 'now' : '--at'} ${formatNear(at, now, tz)}`;
      throw new UsageError(`${when} is not after the timer's start (${formatNear(running.start, now, tz)})`, '`tt cancel` discards a timer started by mistake.');
    }
    requireLongStop(running, at, long, tz, 'stop');
    const action = store.newId();
    tx.append([{ ...store.stamp(action), id: store.newId(), kind: 'edit', entry: running.id, set: { end: new Date(at).toISOString() } }]);
    tx.setTimer(null);
    return { ...running, end: at, lastAction: action };
  });
}

/** Discards the running timer and returns it. */
export function cancelTimer(store: Store): Entry {
  return store.transaction((tx) => {
    const running = tx.timer();
    if (!running) throw new UsageError('no timer is running', 'Nothing to cancel.');
    tx.append([{ ...store.stamp(store.newId()), id: store.newId(), kind: 'delete', entry: running.id }]);
    tx.setTimer(null);
    return running;
  });
}
