// When the history cache may trust a shard on its stat fingerprint (src/store/history-cache.ts): a
// shard changed behind tt's back, appended within the timestamp granularity of the cache's own write,
// or replaced by sync is always read again; a shard read only to be checked is re-stamped once it is
// out of the racy window, so it is read at most once after it changes; and a deleted or damaged cache
// costs a slower read, never a wrong answer. Each test gives the fingerprint one way to be fooled.
import { appendFileSync, mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import { describe, expect, it } from 'vitest';
import type { TimeEvent } from '../../src/core/events.ts';
import { replay } from '../../src/core/replay.ts';
import { makeFs, type Fs } from '../../src/platform/fs.ts';
import { cachedEntries, type CacheDeps } from '../../src/store/history-cache.ts';
import { encodeShard } from '../../src/store/shard.ts';
import { validateTime } from '../../src/store/validators.ts';
import { tempDir } from '../helpers/tmp.ts';

const ulid = monotonicFactory();
const HOUR = 3_600_000;

function entry(start: string, client: string, note = 'work'): TimeEvent {
  const s = Date.parse(start);
  const id = ulid(s + HOUR);
  return { id, v: 1, device: 'dev1', at: new Date(s + HOUR).toISOString(), tz: 'UTC', source: 'cli', action: id, kind: 'entry', entry: id, start: new Date(s).toISOString(), end: new Date(s + HOUR).toISOString(), client, tags: [], note };
}

/** A filesystem whose stats are seen through `view` (a coarse or ctime-less filesystem), counting shard reads. */
function watchedFs(view: (s: ReturnType<Fs['statSync']>) => void = () => {}): { fs: Fs; reads: () => number } {
  const real = makeFs({});
  let reads = 0;
  const fs = new Proxy(real, {
    get(target, key) {
      if (key === 'statSync') {
        return (p: string) => {
          const s = target.statSync(p);
          view(s);
          return s;
        };
      }
      if (key === 'readFileSync') {
        return (p: string, enc?: 'utf8') => {
          if (p.includes('/events/')) reads++;
          return enc ? target.readFileSync(p, enc) : target.readFileSync(p);
        };
      }
      const v = Reflect.get(target, key) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { fs, reads: () => reads };
}

function folder(): { home: string; shard: string; events: TimeEvent[]; deps: (over?: Partial<CacheDeps>) => CacheDeps } {
  const home = tempDir();
  const shard = join(home, 'events', 'dev1', '2026-09.json');
  const events = [entry('2026-09-01T08:00:00Z', 'acme', 'login'), entry('2026-09-02T08:00:00Z', 'globex')];
  mkdirSync(join(shard, '..'), { recursive: true });
  writeFileSync(shard, encodeShard({ version: 1, events: events as never }));
  const deps = (over: Partial<CacheDeps> = {}): CacheDeps => ({
    fs: makeFs({}),
    eventsDir: join(home, 'events'),
    cachePath: join(home, 'state', 'history.cache'),
    segmentsDir: join(home, 'state', 'history'),
    clock: () => Date.now(),
    validate: async () => validateTime,
    remember: true,
    ...over,
  });
  return { home, shard, events, deps };
}

/** As where a filesystem keeps no change time and times to the millisecond (utimes sets whole ones). */
const noCtimeMs = (s: ReturnType<Fs['statSync']>): void => {
  s.ctimeMs = 0;
  s.mtimeMs = Math.floor(s.mtimeMs);
};

const onDisk = (shard: string): TimeEvent[] => (JSON.parse(readFileSync(shard, 'utf8')) as { events: TimeEvent[] }).events;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('history cache: when a shard is trusted on its stat', () => {
  it('reads a shard checked inside the racy window once more, then trusts it once it is out of it', async () => {
    const f = folder();
    const racyMs = 300;
    await cachedEntries(f.deps({ racyMs })); // written together with the shard: racy
    await pause(racyMs + 100);
    const second = watchedFs();
    const r2 = await cachedEntries(f.deps({ racyMs, fs: second.fs }));
    expect(second.reads()).toBe(1); // read and checked, and now out of the window: re-stamped
    expect(r2.entries).toEqual(replay(f.events));
    for (let i = 0; i < 2; i++) {
      const later = watchedFs();
      const r = await cachedEntries(f.deps({ racyMs, fs: later.fs }));
      expect(later.reads()).toBe(0);
      expect(r.how).toBe('hit');
      expect(r.entries).toEqual(replay(f.events));
    }
    // Changed again: read once more, then trusted again.
    appendFileSync(f.shard, ''); // no change of content: only its times move
    const e = entry('2026-09-03T08:00:00Z', 'initech');
    writeFileSync(f.shard, encodeShard({ version: 1, events: [...f.events, e] as never }));
    const changed = watchedFs();
    expect((await cachedEntries(f.deps({ racyMs, fs: changed.fs }))).entries.map((x) => x.client)).toEqual(['acme', 'globex', 'initech']);
    expect(changed.reads()).toBe(1);
    await pause(racyMs + 100);
    await cachedEntries(f.deps({ racyMs }));
    const settled = watchedFs();
    await cachedEntries(f.deps({ racyMs, fs: settled.fs }));
    expect(settled.reads()).toBe(0);
  });

  it('sees a shard edited behind its back, whether its size or only its modification time changed', async () => {
    const f = folder();
    const noCtime = watchedFs(noCtimeMs);
    await cachedEntries(f.deps({ racyMs: 0, fs: noCtime.fs }));
    const before = statSync(f.shard);
    // Same size, another modification time (ctime hidden, as where the filesystem has none).
    writeFileSync(f.shard, readFileSync(f.shard, 'utf8').replace('"note":"login"', '"note":"LOGON"'));
    utimesSync(f.shard, before.atime, new Date(before.mtimeMs - 5000));
    const r = await cachedEntries(f.deps({ racyMs: 0, fs: noCtime.fs }));
    expect(r.entries.find((e) => e.client === 'acme')?.note).toBe('LOGON');
    expect(r.entries).toEqual(replay(onDisk(f.shard)));
    // Another size, the same times.
    const t = statSync(f.shard);
    writeFileSync(f.shard, readFileSync(f.shard, 'utf8').replace('"note":"LOGON"', '"note":"LOG IN"'));
    utimesSync(f.shard, t.atime, t.mtime);
    const r2 = await cachedEntries(f.deps({ racyMs: 0, fs: noCtime.fs }));
    expect(r2.entries.find((e) => e.client === 'acme')?.note).toBe('LOG IN');
  });

  it('re-reads a shard written within the same second as the cache, on a filesystem that keeps whole seconds', async () => {
    // Every time seen at the start of its hour: the shard, its changes and the cache share one stamp.
    const coarse = (s: ReturnType<Fs['statSync']>) => {
      s.mtimeMs = Math.floor(s.mtimeMs / HOUR) * HOUR;
      s.ctimeMs = Math.floor(s.ctimeMs / HOUR) * HOUR;
    };
    const f = folder();
    await cachedEntries(f.deps({ fs: watchedFs(coarse).fs }));
    // In place, the same size: only the racy rule tells this from the shard the cache saw.
    writeFileSync(f.shard, readFileSync(f.shard, 'utf8').replace('"note":"login"', '"note":"LOGON"'));
    const r = await cachedEntries(f.deps({ fs: watchedFs(coarse).fs }));
    expect(r.entries.find((e) => e.client === 'acme')?.note).toBe('LOGON');
    // Appended to (a fold) within the same stamp.
    const e = entry('2026-09-04T08:00:00Z', 'hooli');
    writeFileSync(f.shard, encodeShard({ version: 1, events: [...onDisk(f.shard), e] as never }));
    const r2 = await cachedEntries(f.deps({ fs: watchedFs(coarse).fs }));
    expect(r2.entries).toEqual(replay(onDisk(f.shard)));
  });

  it('sees a shard replaced by sync with one of the same size and times', async () => {
    const f = folder();
    const noCtime = watchedFs(noCtimeMs);
    await cachedEntries(f.deps({ racyMs: 0, fs: noCtime.fs }));
    const before = statSync(f.shard);
    const other = `${f.shard}.incoming`;
    writeFileSync(other, readFileSync(f.shard, 'utf8').replace('"client":"globex"', '"client":"hooli!"'));
    utimesSync(other, before.atime, before.mtime);
    renameSync(other, f.shard); // as sync writes a shard: a new file renamed over the old one
    const r = await cachedEntries(f.deps({ racyMs: 0, fs: noCtime.fs }));
    expect(r.entries.map((e) => e.client)).toEqual(['acme', 'hooli!']);
  });

  it('answers the same with the cache deleted or damaged, only by reading the shards again', async () => {
    const f = folder();
    const cache = f.deps().cachePath;
    const want = replay(f.events);
    await cachedEntries(f.deps({ racyMs: 0 }));
    for (const damage of [() => writeFileSync(cache, 'garbage'), () => writeFileSync(cache, readFileSync(cache).subarray(0, 40)), () => writeFileSync(cache, '')]) {
      damage();
      const w = watchedFs();
      const r = await cachedEntries(f.deps({ racyMs: 0, fs: w.fs }));
      expect(r.entries).toEqual(want);
      expect(w.reads()).toBe(1);
    }
    // A segment file damaged or gone: the same.
    const { readdirSync, rmSync } = await import('node:fs');
    for (const seg of readdirSync(f.deps().segmentsDir)) writeFileSync(join(f.deps().segmentsDir, seg), 'x');
    expect((await cachedEntries(f.deps({ racyMs: 0 }))).entries).toEqual(want);
    rmSync(f.deps().segmentsDir, { recursive: true });
    expect((await cachedEntries(f.deps({ racyMs: 0 }))).entries).toEqual(want);
  });
});
