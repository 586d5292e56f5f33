// Starting a timer, for `tt start` and `tt continue`: a switch when one already runs (the running
// one stops at the instant the new one starts, both in one journal line, so one `tt undo` reverts
// both). On the timer commands' start-up path: nothing heavy is imported here.
import { UsageError } from '../core/errors.ts';
import type { Entry, EntryEvent, TimeEvent } from '../core/events.ts';
import { requireLongStop } from '../core/timer-checks.ts';
import { formatNear } from '../core/time.ts';
import type { Store } from '../store/store.ts';

export interface StartFields {
  client: string;
  project?: string;
  tags: string[];
  note?: string;
  estimateMin?: number;
}

export interface Started {
  started: Entry;
  /** The timer this start stopped (a switch), with its end. */
  stopped: Entry | null;
}

/**
 * Starts a timer at `given` (--at) or now, stopping a running one at the same instant. Now is read
 * in the transaction, under the lock: a command that waited for it must not start its timer before
 * the one started meanwhile.
 */
export function startTimer(store: Store, fields: StartFields, given: number | undefined, long?: boolean): Started {
  return store.transaction((tx) => {
    const at = given ?? store.ctx.now();
    const running = tx.timer();
    if (running && at < running.start) {
      const now = store.ctx.now();
      const when = `${given === undefined ? 'now' : '--at'} ${formatNear(at, now, store.tz())}`;
      throw new UsageError(
        `${when} is before the running timer started (${formatNear(running.start, now, store.tz())})`,
        'Stop it first with `tt stop --at ...`, or start later.',
      );
    }
    if (running) requireLongStop(running, at, long, store.tz(), 'start');
    const action = store.newId();
    const events: TimeEvent[] = [];
    const stamp = store.stamp(action);
    if (running) events.push({ ...stamp, id: store.newId(), kind: 'edit', entry: running.id, set: { end: new Date(at).toISOString() } });
    const entryId = store.newId();
    const ev: EntryEvent = { ...stamp, id: entryId, kind: 'entry', entry: entryId, start: new Date(at).toISOString(), end: null, ...fields };
    events.push(ev);
    tx.append(events);
    const started: Entry = { id: entryId, start: at, end: null, tz: stamp.tz, source: 'cli', lastAction: action, ...fields };
    tx.setTimer(started);
    return { started, stopped: running ? { ...running, end: at } : null };
  });
}
