// state/timer.json (and state/timer, the prompt's copy): the running timer as history says it is.
// It is derived, so --repair rebuilds it from history.
import type { Entry } from '../core/events.ts';
import { replay } from '../core/replay.ts';
import { readTimer } from '../store/timer.ts';
import type { Check } from './check.ts';
import { timeEvents } from './events.ts';

const describe = (e: Entry | null): string => (e ? `${e.client}${e.project ? `/${e.project}` : ''} running since ${new Date(e.start).toISOString()}` : 'no timer running');

export const timer: Check = {
  name: 'timer',
  covers: 'state/timer.json: the running timer agrees with history; --repair rebuilds it',
  run(d) {
    const { ctx, p, store, repair } = d;
    let running: Entry | null = null;
    for (const e of replay(timeEvents(d).map((l) => l.event))) if (e.end === null && (!running || e.start >= running.start)) running = e;
    let stored: Entry | null = null;
    let damaged = false;
    try {
      stored = readTimer(ctx.fs, p.timer);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code) throw err;
      damaged = true;
    }
    if (!damaged && (stored?.id ?? null) === (running?.id ?? null) && (stored?.start ?? null) === (running?.start ?? null)) return [];
    if (repair) store.setTimer(running);
    return [{
      file: p.timer,
      problem: `${damaged ? 'the timer state is damaged' : 'the timer state disagrees with history'} (history: ${describe(running)}${damaged ? '' : `; state: ${describe(stored)}`})${repair ? '; rebuilt from history' : ''}`,
      repaired: repair,
      fix: '`tt doctor --repair` rebuilds it from history.',
    }];
  },
};
