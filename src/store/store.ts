// The store API every command uses. Fast paths (start, stop, status) touch only the journal, the
// small timer state and config; reading history loads and validates the shards.
import { monotonicFactory } from 'ulid';
import { randomFraction } from './random.ts';
import type { Ctx } from '../platform/context.ts';
import type { DataError } from '../core/errors.ts';
import type { Entry, TimeEvent } from '../core/events.ts';
import { replay } from '../core/replay.ts';
import { systemZoneOrNull } from '../core/time.ts';
import { chooseZone, type ZoneChoice, type ZoneProblem } from '../core/zone-choice.ts';
import { appendLine, ensureDir, envFailure, guardDataFolder, noteChange, readIfExists } from './io.ts';
import { deviceId } from './device.ts';
import { isTimeRecord, parseJournal } from './journal.ts';
import { withLock, withLockAsync } from './lock.ts';
import { dataDir, paths, type Paths } from './paths.ts';
import { asideDue, asideFiles } from './fold.ts';
import { readStoredConfig, withDefaults, type ConfigValues } from './config-file.ts';
import { readTimer } from './timer.ts';
import type { SettingsStamp } from './settings.ts';
import { checkRecordSizes, journalLine, StoreTx } from './store-tx.ts';
import type { readShards } from './read.ts';
import type { CacheDeps } from './history-cache.ts';

type ShardReader = typeof readShards;

// Made on first use; random characters from /dev/urandom (see random.ts), not Web Crypto.
let nextId: ReturnType<typeof monotonicFactory> | undefined;

/** Contexts already warned that their zone is a fallback: one warning per command, however many stores. */
const warnedZone = new WeakSet<Ctx>();

export interface Tracked {
  entries: Entry[];
  /**
   * When only the entries near a range were read (history-cache.ts): the ids of the others that
   * short ids must be told apart from (those sharing a six-character suffix with another entry).
   */
  others?: readonly string[];
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
  /** Inside lock(): this store holds the data folder's lock. */
  private held = false;
  /** Inside transaction(): the open one. */
  private open: StoreTx | null = null;

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
   * Runs `fn` under the data folder's lock, for work that is not one all-or-nothing change (a fold,
   * doctor's checks, the steps of a sync); its writes land as they are made. Within it, further
   * lock() and transaction() calls use the lock already held.
   */
  lock<T>(fn: () => T): T {
    if (this.held) return fn();
    ensureDir(this.ctx.fs, this.p.root);
    return withLock(this.ctx, this.p.lock, () => {
      this.held = true;
      try {
        return fn();
      } finally {
        this.held = false;
      }
    });
  }

  /**
   * lock() for work that awaits: sync's local git steps between its fetch and its push (lock.ts's
   * withLockAsync). `fn` must not reach the network: other commands wait 15 s for the lock at most.
   * Within it, lock() and transaction() use the lock already held, as within lock().
   */
  async lockAsync<T>(fn: () => Promise<T>): Promise<T> {
    if (this.held) return fn();
    ensureDir(this.ctx.fs, this.p.root);
    return withLockAsync(this.ctx, this.p.lock, async () => {
      this.held = true;
      try {
        return await fn();
      } finally {
        this.held = false;
      }
    });
  }

  /**
   * Runs `fn` under the data folder's lock as one transaction (store-tx.ts, transaction.ts): the
   * events it appends, the files it writes and the timer state it sets through `tx` land together
   * when it returns, or not at all. The journal line is the commit point, so a full disk never
   * leaves a timer state or an invoice without its events or the reverse, and a function that throws
   * halfway writes nothing. While it runs, `tx` is the only way to write (io.ts refuses the rest).
   * A clock reading that decides what is recorded belongs inside `fn`: another command may hold the
   * lock for a while, and time recorded must follow the order of the records.
   */
  transaction<T>(fn: (tx: StoreTx) => T): T {
    if (this.open) throw new Error('bug: a transaction inside a transaction: pass the open one down');
    return this.lock(() => {
      // The device id names what is written; made on first use, it is written before, not inside.
      if (!this.deviceId && !this.ctx.fs.existsSync(this.p.device)) this.device();
      const tx = (this.open = new StoreTx(this.ctx.fs, this.p));
      try {
        return tx.run(fn);
      } finally {
        this.open = null;
      }
    });
  }

  /**
   * A ULID ordered by real recording time (ctx.clock), even when the command runs under a pinned
   * now(): replay order is recording order. One monotonic factory per process, so ids made within one
   * millisecond still sort in the order they were made.
   */
  newId(): string {
    return (nextId ??= monotonicFactory(randomFraction))(this.ctx.clock());
  }

  /** Who records a setting, and when (settings.ts): read inside the transaction that records it. */
  settingsStamp(): SettingsStamp {
    return { device: this.device(), realNow: this.ctx.clock() };
  }

  /** Base fields of an event recorded now by this command. */
  stamp(action: string, source: TimeEvent['source'] = 'cli'): Pick<TimeEvent, 'v' | 'device' | 'at' | 'tz' | 'source' | 'action'> {
    return { v: 1, device: this.device(), at: new Date(this.ctx.now()).toISOString(), tz: this.tz(), source, action };
  }

  /**
   * Appends events to the journal as one line, at once and without the lock: what a command that
   * only records (add, review) needs, since appends never interleave (the hooks append so too).
   * Inside a transaction, `tx.append` is the way.
   */
  append(events: readonly TimeEvent[]): void {
    if (this.open) throw new Error('bug: Store.append inside a transaction: use tx.append');
    checkRecordSizes(events);
    if (!events.length) return;
    appendLine(this.ctx.fs, this.p.journal, journalLine(events));
    noteChange();
  }

  /** The running timer, as state/timer.json says (inside a transaction: tx.timer()). */
  timer(): Entry | null {
    return readTimer(this.ctx.fs, this.p.timer);
  }

  /** Folds the journal into shards when the lock is free; a busy lock just means someone else does. */
  async fold(): Promise<string[]> {
    // With an empty journal and no aside file due there is nothing to fold, and the schemas (zod:
    // milliseconds to load) are not needed; a dead fold's temp files wait for the next real fold.
    if (!this.journalWaiting() && this.layoutDone()) return [];
    const { decideFolded, foldWithSchemas } = await import('./fold-run.ts');
    const result = foldWithSchemas(this);
    await decideFolded(this, result);
    return result?.warnings ?? [];
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
  async entries(remember: boolean, span?: { start: number; end: number }): Promise<Tracked> {
    const unfolded = this.unfolded();
    const { allInShards, cachedEntries } = await import('./history-cache.ts');
    const cached = await cachedEntries(this.cacheDeps(remember, span));
    // A fold leaves the records it merged in their aside file for a while (fold.ts): those are in the
    // shards already. Anything else not yet folded (the lock was busy) needs the full read.
    return allInShards(this.ctx.fs, this.p.events, this.device(), unfolded) ? cached : this.history();
  }

  /**
   * Brings the history cache up to date with the shards (the segments of `span` read, if any), for a
   * command that has just written them: the next command then finds it current. Only an update: a
   * cache that needs a full read (the first command after an upgrade) is left to the next read, so
   * that the writing command does not read all history twice.
   */
  async refreshCache(span?: { start: number; end: number }): Promise<boolean> {
    const { refreshCachedEntries } = await import('./history-cache.ts');
    return refreshCachedEntries(this.cacheDeps(true, span));
  }

  private cacheDeps(remember: boolean, span?: { start: number; end: number }): CacheDeps {
    return {
      fs: this.ctx.fs,
      eventsDir: this.p.events,
      cachePath: this.p.historyCache,
      segmentsDir: this.p.historySegments,
      clock: this.ctx.clock,
      validate: async () => (await import('./validators.ts')).validateTime,
      remember,
      ...(span ? { range: span } : {}),
    };
  }

  /**
   * Whether this device's shards are known to be cut by the month of the work (migrate-layout.ts):
   * until then a fold moves them, once. Two stats, so that nothing heavy is loaded to ask.
   */
  private layoutDone(): boolean {
    return this.ctx.fs.existsSync(this.p.layout) || !this.ctx.fs.existsSync(this.p.events);
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

  ensureWritable(): void {
    try {
      ensureDir(this.ctx.fs, this.p.root);
    } catch (err) {
      throw envFailure(err, `use the data folder ${this.p.root}`);
    }
  }
}
