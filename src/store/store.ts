// The store API every command uses. Fast paths (start, stop, status) touch only the journal, the
// small timer state and config; reading history loads and validates the shards.
import { monotonicFactory } from 'ulid';
import { randomFraction } from './random.ts';
import type { Ctx } from '../platform/context.ts';
import { EnvError, type DataError } from '../core/errors.ts';
import type { Entry, TimeEvent } from '../core/events.ts';
import { replay } from '../core/replay.ts';
import { systemZoneOrNull } from '../core/time.ts';
import { chooseZone, type ZoneChoice, type ZoneProblem } from '../core/zone-choice.ts';
import { appendLine, atomically, ensureDir, envFailure, guardDataFolder, noteChange, readIfExists } from './io.ts';
import { deviceId } from './device.ts';
import { MAX_RECORD_BYTES, isTimeRecord, parseJournal } from './journal.ts';
import { withLock } from './lock.ts';
import { dataDir, paths, type Paths } from './paths.ts';
import { asideDue, asideFiles } from './fold.ts';
import { readStoredConfig, withDefaults, type ConfigValues } from './config-file.ts';
import { readTimer, writeTimer } from './timer.ts';
import type { readShards } from './read.ts';

type ShardReader = typeof readShards;

// Made on first use; random characters from /dev/urandom (see random.ts), not Web Crypto.
let nextId: ReturnType<typeof monotonicFactory> | undefined;

/** Contexts already warned that their zone is a fallback: one warning per command, however many stores. */
const warnedZone = new WeakSet<Ctx>();

export interface Tracked {
  entries: Entry[];
  /** Damaged shards: reported, left alone; the rest of history is still read. */
  damaged: DataError[];
}

export interface History extends Tracked {
  events: TimeEvent[];
}

export class Store {
  readonly p: Paths;
  private deviceId: string | null = null;
  private storedConfig: ConfigValues | null = null;
  private configCache: ConfigValues | null = null;
  private zone: ZoneChoice | null = null;
  /** Inside lock(): what its function recorded, written when it returns, and the timer it will leave. */
  private pending: { events: TimeEvent[]; writes: (() => void)[]; timer: Entry | null | undefined } | null = null;

  constructor(readonly ctx: Ctx) {
    this.p = paths(dataDir(ctx));
    guardDataFolder(this.p.root);
  }

  /** This machine's id: local, never synced. */
  device(): string {
    if (this.deviceId) return this.deviceId;
    return (this.deviceId = deviceId(this.ctx.fs, this.p.root));
  }

  config(): ConfigValues {
    return (this.configCache ??= withDefaults((this.storedConfig ??= readStoredConfig(this.ctx.fs, this.p.config))));
  }

  /** The zone days are cut in. When it cannot be resolved, a fallback, with one warning per command. */
  tz(): string {
    if (!this.zone) {
      this.config();
      this.zone = chooseZone(this.storedConfig!.tz, systemZoneOrNull(), this.ctx.env.TZ);
      const p = this.zone.problem;
      if (p && !warnedZone.has(this.ctx)) {
        warnedZone.add(this.ctx);
        this.ctx.err(`tt: warning: ${p.message}\n  ${p.hint}\n`);
      }
    }
    return this.zone.tz;
  }

  /** Why the zone is a fallback, or null: commands that read a wall-clock time refuse then. */
  zoneProblem(): ZoneProblem | null {
    this.tz();
    return this.zone!.problem;
  }

  invalidateConfig(): void {
    this.configCache = null;
    this.storedConfig = null;
    this.zone = null;
  }

  /**
   * Runs `fn` under the data folder's lock. The events it appends, the documents it hands to
   * `later` and the timer state it sets are written when it returns, together or not at all (see
   * atomically in io.ts): the journal append is the commit point, so a full disk never leaves a
   * timer state or an invoice without its events or the reverse, and a command that throws halfway
   * writes nothing. A clock reading that decides what is recorded belongs inside `fn`: another
   * command may hold the lock for a while, and time recorded must follow the order of the records.
   */
  lock<T>(fn: () => T): T {
    ensureDir(this.ctx.fs, this.p.root);
    return withLock(this.ctx, this.p.lock, () => {
      const pending: NonNullable<Store['pending']> = (this.pending = { events: [], writes: [], timer: undefined });
      let result: T;
      try {
        result = fn();
      } finally {
        this.pending = null;
      }
      atomically(this.ctx.fs, () => {
        pending.writes.forEach((w) => w());
        if (pending.events.length) this.writeEvents(pending.events);
        if (pending.timer !== undefined) writeTimer(this.ctx.fs, this.p.timer, pending.timer);
      });
      return result;
    });
  }

  /** Inside lock(): `write` runs with the command's events, in the same all-or-nothing batch. */
  later(write: () => void): void {
    if (!this.pending) throw new Error('Store.later outside lock()');
    this.pending.writes.push(write);
  }

  /**
   * A ULID ordered by real recording time (ctx.clock), even when the command runs under a pinned
   * now(): replay order is recording order. One monotonic factory per process, so ids made within one
   * millisecond still sort in the order they were made.
   */
  newId(): string {
    return (nextId ??= monotonicFactory(randomFraction))(this.ctx.clock());
  }

  /** Base fields of an event recorded now by this command. */
  stamp(action: string, source: TimeEvent['source'] = 'cli'): Pick<TimeEvent, 'v' | 'device' | 'at' | 'tz' | 'source' | 'action'> {
    return { v: 1, device: this.device(), at: new Date(this.ctx.now()).toISOString(), tz: this.tz(), source, action };
  }

  /** Appends events to the journal in one write (under lock(): when its function returns). */
  append(events: readonly TimeEvent[]): void {
    for (const e of events) {
      if (Buffer.byteLength(JSON.stringify(e)) > MAX_RECORD_BYTES) throw new EnvError(`a record is larger than ${MAX_RECORD_BYTES} bytes`, 'Shorten the note.');
    }
    if (!events.length) return;
    if (this.pending) {
      this.pending.events.push(...events);
      return;
    }
    this.writeEvents(events);
    noteChange();
  }

  /**
   * One command's events as one journal line: a record alone, several as a JSON array. A line cut
   * short by a full disk is not valid JSON, so a command's events are read all or none, never some.
   */
  private writeEvents(events: readonly TimeEvent[]): void {
    appendLine(this.ctx.fs, this.p.journal, events.length === 1 ? JSON.stringify(events[0]) : JSON.stringify(events));
  }

  timer(): Entry | null {
    if (this.pending?.timer !== undefined) return this.pending.timer;
    return readTimer(this.ctx.fs, this.p.timer);
  }

  setTimer(entry: Entry | null): void {
    if (this.pending) this.pending.timer = entry;
    else writeTimer(this.ctx.fs, this.p.timer, entry);
  }

  /** Folds the journal into shards when the lock is free; a busy lock just means someone else does. */
  async fold(): Promise<string[]> {
    // With an empty journal and no aside file due there is nothing to fold, and the schemas (zod:
    // milliseconds to load) are not needed; a dead fold's temp files wait for the next real fold.
    if (!this.journalWaiting()) return [];
    const { foldWithSchemas } = await import('./fold-run.ts');
    return foldWithSchemas(this);
  }

  /** All time events: shards of every device, plus journal records not yet folded. */
  async history(): Promise<History> {
    const { readShards } = await import('./read.ts');
    return this.historyWith(readShards);
  }

  /**
   * history(), synchronously, for a check under the lock (lock() takes a synchronous function):
   * the caller imports read.ts beforehand and passes its readShards.
   */
  historyWith(readShards: ShardReader): History {
    const read = readShards(this.ctx.fs, this.p.events, 'time');
    const events = read.events as unknown as TimeEvent[];
    const seen = new Set(events.map((e) => e.id));
    for (const r of this.unfolded()) {
      if (seen.has(r.id)) continue;
      events.push(r);
      seen.add(r.id);
    }
    return { events, entries: replay(events), damaged: read.damaged };
  }

  /**
   * The entries alone, for commands that only read them: through the history cache (history-cache.ts)
   * when every time record is in the shards, as it is after a fold. `remember`: update the cache.
   */
  async entries(remember: boolean): Promise<Tracked> {
    const unfolded = this.unfolded();
    const { allInShards, cachedEntries } = await import('./history-cache.ts');
    const cached = await cachedEntries({
      fs: this.ctx.fs,
      eventsDir: this.p.events,
      cachePath: this.p.historyCache,
      validate: async () => (await import('./validators.ts')).validateTime,
      remember,
    });
    // A fold leaves the records it merged in their aside file for a while (fold.ts): those are in the
    // shards already. Anything else not yet folded (the lock was busy) needs the full read.
    return allInShards(this.ctx.fs, this.p.events, this.device(), unfolded) ? cached : this.history();
  }

  /** Records in the journal, or a journal set aside whose grace period is over (see fold.ts). */
  private journalWaiting(): boolean {
    try {
      if (this.ctx.fs.statSync(this.p.journal).size > 0) return true;
    } catch {
      /* no journal yet */
    }
    return asideFiles(this.ctx, this.p).some((f) => asideDue(this.ctx, f));
  }

  /** Time records still in the journal or set aside by a fold in progress. */
  private unfolded(): TimeEvent[] {
    const out: TimeEvent[] = [];
    for (const file of [...asideFiles(this.ctx, this.p), this.p.journal]) {
      const text = readIfExists(this.ctx.fs, file);
      if (!text) continue;
      for (const r of parseJournal(text).records) if (isTimeRecord(r)) out.push(r as unknown as TimeEvent);
    }
    return out;
  }

  /** After a change outside start/stop, keep the timer state file equal to what history says. */
  syncTimer(entries: readonly Entry[]): void {
    let running: Entry | null = null;
    for (const e of entries) if (e.end === null && (!running || e.start >= running.start)) running = e;
    this.setTimer(running);
  }

  ensureWritable(): void {
    try {
      ensureDir(this.ctx.fs, this.p.root);
    } catch (err) {
      throw envFailure(err, `use the data folder ${this.p.root}`);
    }
  }
}
