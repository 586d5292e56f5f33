// The history cache (src/store/history-cache.ts) must give exactly what replaying every shard gives,
// whatever happened to the shards since it was written: events appended by a fold, a new month,
// another device's older events, an undo, a line changed in place, a shard removed or damaged, a
// damaged cache, a cache from another build, a data folder it cannot write.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { monotonicFactory, ulid as idAt } from 'ulid';
import { describe, expect, it } from 'vitest';
import type { TimeEvent } from '../../src/core/events.ts';
import { replay } from '../../src/core/replay.ts';
import { makeFs } from '../../src/platform/fs.ts';
import { allInShards, cachedEntries, type CacheDeps } from '../../src/store/history-cache.ts';
import { encodeShard } from '../../src/store/shard.ts';
import { validateTime } from '../../src/store/validators.ts';
import { tempDir } from '../helpers/tmp.ts';

const ulid = monotonicFactory();
const HOUR = 3_600_000;

function base(at: number, action: string, device = 'dev1') {
  return { id: ulid(at), v: 1 as const, device, at: new Date(at).toISOString(), tz: 'Europe/Berlin', source: 'cli' as const, action };
}

/** A finished entry recorded at its end; `extra` sets project, note, tags, estimate, origin. */
function entry(start: string, hours: number, client: string, extra: Partial<TimeEvent & { kind: 'entry' }> = {}): TimeEvent {
  const s = Date.parse(start);
  const b = base(s + hours * HOUR, '');
  return { ...b, action: b.id, kind: 'entry', entry: b.id, start: new Date(s).toISOString(), end: new Date(s + hours * HOUR).toISOString(), client, tags: [], ...extra };
}

function edit(of: TimeEvent, at: string, set: Record<string, unknown>): TimeEvent {
  const b = base(Date.parse(at), '');
  return { ...b, action: b.id, kind: 'edit', entry: (of as { entry: string }).entry, set };
}

class Folder {
  readonly home = tempDir();
  readonly events = join(this.home, 'events');
  readonly cache = join(this.home, 'state', 'history.cache');
  private shards = new Map<string, TimeEvent[]>();

  /** Writes events into their device's shard of the month of the work, sorted by id, as a fold does. */
  add(...events: TimeEvent[]): this {
    for (const e of events) {
      const path = join(this.events, e.device, `${this.monthOf(e, events)}.json`);
      const list = this.shards.get(path) ?? [];
      list.push(e);
      this.shards.set(path, list);
    }
    for (const [path, list] of this.shards) {
      list.sort((a, b) => (a.id < b.id ? -1 : 1));
      writeShard(path, list);
    }
    return this;
  }

  /** An entry's start month; an edit's or delete's, its entry's; an undo's, when it was recorded. */
  private monthOf(e: TimeEvent, adding: readonly TimeEvent[]): string {
    if (e.kind === 'entry') return e.start.slice(0, 7);
    if (e.kind === 'undo') return e.at.slice(0, 7);
    const own = [...this.all(), ...adding].find((x) => x.kind === 'entry' && x.entry === e.entry) as { start: string } | undefined;
    return (own?.start ?? e.at).slice(0, 7);
  }

  all(): TimeEvent[] {
    return [...this.shards.values()].flat();
  }

  /** Every event as the shards on disk hold it now. */
  onDisk(): TimeEvent[] {
    return [...this.shards.keys()].flatMap((path) => (JSON.parse(readFileSync(path, 'utf8')) as { events: TimeEvent[] }).events);
  }

  deps(over: Partial<CacheDeps> = {}): CacheDeps {
    // racyMs 0: these shards were written a moment ago, and the tests need the cache to trust them.
    return { fs: makeFs({}), eventsDir: this.events, cachePath: this.cache, segmentsDir: join(this.home, 'state', 'history'), clock: () => Date.now(), validate: async () => validateTime, remember: true, racyMs: 0, ...over };
  }
}

function writeShard(path: string, events: readonly TimeEvent[]): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, encodeShard({ version: 1, events: events as never }));
}

/** A history with every kind of change an entry can have. */
function richHistory(): { folder: Folder; first: TimeEvent } {
  const folder = new Folder();
  const first = entry('2026-09-01T08:00:00Z', 2, 'acme', { project: 'web', tags: ['bug', 'urgent'], note: 'login', estimateMin: 90 });
  const second = entry('2026-09-02T08:00:00Z', 1, 'globex', { origin: 'toggl:42' });
  const gone = entry('2026-10-03T08:00:00Z', 1, 'acme');
  const del = { ...base(Date.parse('2026-10-04T08:00:00Z'), 'x'), kind: 'delete', entry: (gone as { entry: string }).entry } as TimeEvent;
  const running = { ...base(Date.parse('2026-10-05T08:00:00Z'), 'r'), kind: 'entry', entry: 'RUNNING', start: '2026-10-05T08:00:00.000Z', end: null, client: 'acme', tags: ['ops'] } as TimeEvent;
  folder.add(first, second, gone, del, running);
  folder.add(edit(first, '2026-10-06T08:00:00Z', { note: 'login page', tags: ['bug'] }), edit(second, '2026-10-07T08:00:00Z', { invoice: 'INV-1', project: 'api' }));
  return { folder, first };
}

describe('history cache', () => {
  it('gives what a full replay gives, from the cache as from the shards', async () => {
    const { folder } = richHistory();
    const want = replay(folder.all());
    const built = await cachedEntries(folder.deps());
    expect(built.how).toBe('rebuilt');
    expect(built.entries).toEqual(want);
    expect(existsSync(folder.cache)).toBe(true);
    const hit = await cachedEntries(folder.deps());
    expect(hit.how).toBe('hit');
    expect(hit.entries).toEqual(want);
    // JSON output is what users see: the same text, field for field.
    expect(JSON.stringify(hit.entries)).toBe(JSON.stringify(want));
  });

  it('applies events a fold appended, and a new month, on top of the cache', async () => {
    const { folder, first } = richHistory();
    await cachedEntries(folder.deps());
    folder.add(edit(first, '2026-10-20T08:00:00Z', { end: '2026-09-01T11:00:00.000Z', client: 'globex' }));
    folder.add(entry('2026-11-02T08:00:00Z', 3, 'initech', { tags: ['new'] }));
    // Out of order on top of the cache: the first entry moved after the others, and a new entry
    // (recorded last) for work before all of them.
    folder.add(edit(first, '2026-11-03T08:00:00Z', { start: '2026-10-10T08:00:00.000Z', end: '2026-10-10T09:00:00.000Z' }));
    const early = entry('2026-08-31T08:00:00Z', 1, 'hooli');
    folder.add({ ...early, at: '2026-11-04T08:00:00.000Z' });
    const r = await cachedEntries(folder.deps());
    expect(r.how).toBe('updated');
    expect(r.entries).toEqual(replay(folder.all()));
    expect(r.entries.find((e) => e.client === 'initech')?.tags).toEqual(['new']);
    expect(r.entries.map((e) => e.client)).toEqual(['hooli', 'globex', 'acme', 'globex', 'initech']);
    // The updated cache is itself a hit next time.
    expect((await cachedEntries(folder.deps())).how).toBe('hit');
  });

  it('replays everything when an undo arrives, or another device brings older events', async () => {
    const { folder, first } = richHistory();
    await cachedEntries(folder.deps());
    const undone = (folder.all().find((e) => e.kind === 'edit' && (e as { entry: string }).entry === (first as { entry: string }).entry) as TimeEvent).action;
    folder.add({ ...base(Date.parse('2026-10-21T08:00:00Z'), 'u'), kind: 'undo', undoes: undone });
    let r = await cachedEntries(folder.deps());
    expect(r.entries).toEqual(replay(folder.all()));
    expect(r.how).toBe('rebuilt');
    expect(r.entries.find((e) => e.client === 'acme' && e.project === 'web')?.note).toBe('login'); // the edit is undone

    // Recorded on a laptop in September, synced in November: its id is older than the cache's newest.
    const s = Date.parse('2026-09-10T08:00:00Z');
    const b = { ...base(s + HOUR, '', 'laptop'), id: idAt(s + HOUR) };
    folder.add({ ...b, action: b.id, kind: 'entry', entry: b.id, start: new Date(s).toISOString(), end: new Date(s + HOUR).toISOString(), client: 'hooli', tags: [] });
    r = await cachedEntries(folder.deps());
    expect(r.how).toBe('updated');
    expect(r.entries.map((e) => e.client)).toContain('hooli');
    expect(r.entries).toEqual(replay(folder.all()));
  });

  it('notices an old line changed in place, even with its size and modification time kept', async () => {
    const { folder } = richHistory();
    await cachedEntries(folder.deps());
    const shard = join(folder.events, 'dev1', '2026-09.json');
    const before = statSync(shard);
    const text = readFileSync(shard, 'utf8');
    writeFileSync(shard, text.replace('"note":"login"', '"note":"LOGIN"'));
    utimesSync(shard, before.atime, before.mtime);
    const r = await cachedEntries(folder.deps());
    expect(r.how).toBe('updated');
    expect(r.entries.find((e) => e.project === 'web')?.note).toBe('login page'); // the later edit still wins
    expect(r.entries).toEqual(replay(folder.onDisk()));
  });

  it('re-reads a shard written close to the cache itself, whose timestamps a later change could share', async () => {
    const { folder, first } = richHistory();
    // The default window: these shards were written within it, so none is trusted on its fingerprint.
    await cachedEntries(folder.deps({ racyMs: undefined }));
    const r = await cachedEntries(folder.deps({ racyMs: undefined }));
    expect(r.how).toBe('hit'); // every shard read again, each still a prefix of itself: nothing new
    expect(r.entries).toEqual(replay(folder.all()));
    folder.add(edit(first, '2026-10-22T08:00:00Z', { note: 'racy' }));
    const after = await cachedEntries(folder.deps({ racyMs: undefined }));
    expect(after.entries.find((e) => e.project === 'web')?.note).toBe('racy');
  });

  it('reads everything again when a shard is gone, or the cache is damaged or from another build', async () => {
    const { folder } = richHistory();
    await cachedEntries(folder.deps());
    writeFileSync(folder.cache, Buffer.from('not a cache at all'));
    let r = await cachedEntries(folder.deps());
    expect(r.entries).toEqual(replay(folder.all()));
    expect(r.how).toBe('rebuilt');

    const cache = deserialize(readFileSync(folder.cache)) as { build: string };
    writeFileSync(folder.cache, serialize({ ...cache, build: 'another' }));
    expect((await cachedEntries(folder.deps())).how).toBe('rebuilt');

    rmSync(join(folder.events, 'dev1', '2026-09.json'));
    r = await cachedEntries(folder.deps());
    expect(r.how).toBe('updated');
    expect(r.entries.map((e) => e.client)).toEqual(['acme']); // only the running entry of October is left
  });

  it('writes only the changed month after a fold: the id hashes of the others stay in their file', async () => {
    // Every segment's id hashes (1.2 MB at 150,000 entries) were written again after every `tt add`.
    const { folder } = richHistory();
    for (let m = 1; m <= 8; m++) folder.add(entry(`2025-0${m}-10T08:00:00Z`, 1, 'acme'), entry(`2025-0${m}-11T08:00:00Z`, 2, 'globex'));
    await cachedEntries(folder.deps());
    const arrays = join(folder.home, 'state', 'history', 'ids.arrays');
    const before = { bytes: readFileSync(arrays), ino: statSync(arrays).ino };
    folder.add(entry('2026-10-20T08:00:00Z', 1, 'acme'), entry('2026-11-02T08:00:00Z', 1, 'initech'));
    const r = await cachedEntries(folder.deps());
    expect(r.how).toBe('updated');
    expect(r.entries).toEqual(replay(folder.all()));
    expect({ bytes: readFileSync(arrays), ino: statSync(arrays).ino }).toEqual(before);
    // A later read trusts the head, which holds the changed months' hashes itself.
    expect(await cachedEntries(folder.deps())).toMatchObject({ how: 'hit', entries: replay(folder.all()) });
  });

  it('never uses id hashes that are not the ones the index was written with', async () => {
    const { folder, first } = richHistory();
    folder.add(entry('2025-03-10T08:00:00Z', 1, 'acme'));
    await cachedEntries(folder.deps());
    const arrays = join(folder.home, 'state', 'history', 'ids.arrays');
    const theirs = readFileSync(arrays);
    // Gone: a read that needs no hashes still hits; one after a change reads everything again.
    rmSync(arrays);
    expect((await cachedEntries(folder.deps())).how).toBe('hit');
    folder.add(edit(first, '2026-10-21T08:00:00Z', { note: 'after' }));
    let r = await cachedEntries(folder.deps());
    expect(r).toMatchObject({ how: 'rebuilt', entries: replay(folder.all()) });
    // Another cache's file (a copy from before that rebuild), then a damaged one.
    for (const bytes of [theirs, Buffer.from('not hashes')]) {
      writeFileSync(arrays, bytes);
      folder.add(entry(`2026-11-0${bytes === theirs ? 3 : 4}T08:00:00Z`, 1, 'acme'));
      r = await cachedEntries(folder.deps());
      expect(r).toMatchObject({ how: 'rebuilt', entries: replay(folder.all()) });
    }
  });

  it('reports a damaged shard on every read and never caches over it', async () => {
    const { folder } = richHistory();
    await cachedEntries(folder.deps());
    const shard = join(folder.events, 'dev1', '2026-10.json');
    writeFileSync(shard, readFileSync(shard, 'utf8').replace('"kind":"delete"', '"kind":"explode"'));
    for (let i = 0; i < 2; i++) {
      const r = await cachedEntries(folder.deps());
      expect(r.how).toBe('rebuilt');
      expect(r.damaged.map((d) => d.message)).toEqual([expect.stringContaining(`${shard} is damaged: event 2 (line 3)`)]);
      expect(r.entries.map((e) => e.client)).toEqual(['acme', 'globex']); // September is still read
    }
  });

  it('knows journal records a fold already merged from those still waiting', () => {
    const { folder } = richHistory();
    const merged = folder.all().filter((e) => e.device === 'dev1');
    expect(allInShards(makeFs({}), folder.events, 'dev1', merged)).toBe(true);
    const waiting = entry('2026-11-05T08:00:00Z', 1, 'acme');
    expect(allInShards(makeFs({}), folder.events, 'dev1', [...merged, waiting])).toBe(false);
    // Merged, but by another device's fold: this device's shard does not hold it.
    expect(allInShards(makeFs({}), folder.events, 'laptop', merged.slice(0, 1))).toBe(false);
  });

  it('never fails a read when the cache cannot be written, and leaves no temp file', async () => {
    const { folder } = richHistory();
    const want = replay(folder.all());
    for (const code of ['EROFS', 'ENOSPC', 'EACCES']) {
      const r = await cachedEntries(folder.deps({ fs: makeFs({ TT_FAULT: code }) }));
      expect(r.entries).toEqual(want);
      expect(existsSync(join(folder.home, 'state')) ? readdirSync(join(folder.home, 'state')) : []).toEqual([]);
    }
    // Nothing to keep on a fresh machine: no shards, no cache, no data folder made by a read.
    const empty = new Folder();
    expect((await cachedEntries(empty.deps())).entries).toEqual([]);
    expect(existsSync(join(empty.home, 'state'))).toBe(false);
    // A command that goes on to change data reads the cache but does not write it.
    await cachedEntries(folder.deps({ remember: false }));
    expect(existsSync(folder.cache)).toBe(false);
  });
});
