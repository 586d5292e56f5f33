// state/timer.json and state/timer (the prompt's one-line copy): the running timer as history says.
// It is derived, so --repair rebuilds it from history.
import type { Entry } from '../core/events.ts';
import { replay } from '../core/replay.ts';
import { dirname, join } from 'node:path';
import { readIfExists } from '../store/io.ts';
import { readTimer } from '../store/timer.ts';
import type { Check } from './check.ts';
import { timeEvents } from './events.ts';

const promptLabel = (e: Entry | null): string => (e ? `${Math.floor(e.start / 1000)} ${e.client}${e.project ? `/${e.project}` : ''}\n` : '');

/** Where the timer check leaves the state --repair writes: after every check, in one transaction (run.ts). */
export const TIMER_REPAIR = 'repair:timer';

const describe = (e: Entry | null): string => (e ? `${e.client}${e.project ? `/${e.project}` : ''} running since ${new Date(e.start).toISOString()}` : 'no timer running');

export const timer: Check = {
  name: 'timer',
  covers: 'state/timer.json and the prompt\'s copy state/timer: the running timer agrees with history; --repair rebuilds them',
  run(d) {
    const { ctx, p, repair, memo } = d;
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
    const agrees = !damaged && (stored?.id ?? null) === (running?.id ?? null) && (stored?.start ?? null) === (running?.start ?? null);
    const prompt = join(dirname(p.timer), 'timer');
    const label = readIfExists(ctx.fs, prompt);
    // The prompt's one-line copy (written with timer.json; see store/timer.ts): missing is fine when nothing runs.
    const promptAgrees = (label ?? '') === promptLabel(running);
    if (agrees && promptAgrees) return [];
    if (agrees) {
      if (repair) memo.set(TIMER_REPAIR, running);
      return [{ file: prompt, problem: `the prompt's copy of the timer disagrees with history (history: ${describe(running)})${repair ? '; rebuilt from history' : ''}`, repaired: repair, fix: '`tt doctor --repair` rebuilds it from history.' }];
    }
    if (repair) memo.set(TIMER_REPAIR, running);
    return [{
      file: p.timer,
      problem: `${damaged ? 'the timer state is damaged' : 'the timer state disagrees with history'} (history: ${describe(running)}${damaged ? '' : `; state: ${describe(stored)}`})${repair ? '; rebuilt from history' : ''}`,
      repaired: repair,
      fix: '`tt doctor --repair` rebuilds it from history.',
    }];
  },
};
