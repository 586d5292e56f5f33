// The store's transaction (Store.transaction): a Transaction (transaction.ts) that also takes the
// command's time events and the timer state it leaves. The events become one journal line, the
// commit point; the timer state is written after them, so a full disk never leaves a timer state, an
// invoice or a calendar without the events beside it, or the reverse.
import type { Entry, TimeEvent } from '../core/events.ts';
import { EnvError } from '../core/errors.ts';
import { MAX_RECORD_BYTES } from './journal.ts';
import type { Paths } from './paths.ts';
import { readTimer, writeTimer } from './timer.ts';
import { Transaction } from './transaction.ts';
import type { Fs } from '../platform/fs.ts';

export class StoreTx extends Transaction {
  private readonly events: TimeEvent[] = [];
  private nextTimer: Entry | null | undefined = undefined;

  constructor(fs: Fs, private readonly p: Paths) {
    super(fs);
  }

  /** Records events: all of this transaction's events are one journal line, written at the commit. */
  append(events: readonly TimeEvent[]): void {
    checkRecordSizes(events);
    this.events.push(...events);
  }

  /** The running timer, as this transaction leaves it so far. */
  timer(): Entry | null {
    return this.nextTimer !== undefined ? this.nextTimer : readTimer(this.fs, this.p.timer);
  }

  /** The timer state to leave (state/timer.json and the prompt's copy), written after the events. */
  setTimer(entry: Entry | null): void {
    this.nextTimer = entry;
  }

  /** After a change outside start/stop, keep the timer state equal to what history says. */
  syncTimer(entries: readonly Entry[]): void {
    let running: Entry | null = null;
    for (const e of entries) if (e.end === null && (!running || e.start >= running.start)) running = e;
    this.setTimer(running);
  }

  protected override finish(): void {
    if (this.events.length) this.appendLine(this.p.journal, journalLine(this.events));
    if (this.nextTimer !== undefined) writeTimer(this, this.p.timer, this.nextTimer);
  }
}

export function checkRecordSizes(events: readonly TimeEvent[]): void {
  for (const e of events) {
    if (Buffer.byteLength(JSON.stringify(e)) > MAX_RECORD_BYTES) throw new EnvError(`a record is larger than ${MAX_RECORD_BYTES} bytes`, 'Shorten the note.');
  }
}

/**
 * One command's events as one journal line: a record alone, several as a JSON array. A line cut
 * short by a full disk is not valid JSON, so a command's events are read all or none, never some.
 */
export function journalLine(events: readonly TimeEvent[]): string {
  return events.length === 1 ? JSON.stringify(events[0]) : JSON.stringify(events);
}
