// The history cache against its definition: after any sequence of changes to the shards (new work in
// any month, edits moving entries between months, deletes, undos, another device's older events, a
// line changed in place, a shard removed, events in an older tt's layout), what it gives is what
// replaying every shard gives, for all history and for one week. Seeded, so a failure is repeatable.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ulid as idAt } from 'ulid';
import { describe, expect, it } from 'vitest';
import type { Entry, TimeEvent } from '../../src/core/events.ts';
import { replay } from '../../src/core/replay.ts';
import { makeFs } from '../../src/platform/fs.ts';
import { cachedEntries, type CacheDeps } from '../../src/store/history-cache.ts';
import { encodeShard } from '../../src/store/shard.ts';
import { validateTime } from '../../src/store/validators.ts';
import { tempDir } from '../helpers/tmp.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-01-01T00:00:00Z');

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('history cache, randomly changed shards', () => {
  for (const seed of process.env.SEEDS ? Array.from({ length: Number(process.env.SEEDS) }, (_, i) => i + Number(process.env.FROM ?? 100)) : [1, 2, 3, 4, 5, 6]) {
    it(`gives what a full replay gives (seed ${seed})`, async () => {
      const rnd = random(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
      const home = tempDir();
      const eventsDir = join(home, 'events');
      const shards = new Map<string, TimeEvent[]>();
      const entryMonth = new Map<string, string>();
      let clock = Date.parse('2026-12-01T00:00:00Z');
      const nextId = (device: string): string => (device === 'dev1' ? idAt((clock += 1000)) : idAt(clock - Math.floor(rnd() * 200) * DAY));
      const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);
      const put = (e: TimeEvent, m: string) => {
        const path = join(eventsDir, e.device, `${m}.json`);
        const list = shards.get(path) ?? [];
        list.push(e);
        list.sort((a, b) => (a.id < b.id ? -1 : 1));
        shards.set(path, list);
        mkdirSync(join(path, '..'), { recursive: true });
        writeFileSync(path, encodeShard({ version: 1, events: list as never }));
      };
      const all = () => [...shards.values()].flat();
      const deps: CacheDeps = { fs: makeFs({}), eventsDir, cachePath: join(home, 'state', 'history.cache'), segmentsDir: join(home, 'state', 'history'), clock: () => Date.now(), validate: async () => validateTime, remember: true, racyMs: 0 };
      const overlaps = (e: Entry, r: { start: number; end: number }) => e.start < r.end && (e.end ?? Infinity) >= r.start;
      for (let step = 0; step < 60; step++) {
        const device = rnd() < 0.8 ? 'dev1' : 'laptop';
        const live = replay(all());
        const op = rnd();
        const base = (id: string) => ({ id, v: 1, device, at: new Date(clock).toISOString(), tz: 'UTC', source: 'cli', action: id });
        if (op < 0.45 || !live.length) {
          const start = T0 + Math.floor(rnd() * 330) * DAY + Math.floor(rnd() * 20) * HOUR;
          const id = nextId(device);
          const running = rnd() < 0.05;
          const e = { ...base(id), kind: 'entry', entry: id, start: new Date(start).toISOString(), end: running ? null : new Date(start + (1 + Math.floor(rnd() * 30)) * HOUR).toISOString(), client: pick(['acme', 'globex', 'initech']), tags: [] } as unknown as TimeEvent;
          entryMonth.set(id, month(start));
          put(e, month(start));
        } else if (op < 0.7) {
          const target = pick(live);
          const id = nextId(device);
          const set: Record<string, unknown> = rnd() < 0.5 ? { note: `n${step}` } : { start: new Date(T0 + Math.floor(rnd() * 330) * DAY).toISOString(), end: null };
          if (set.start) set.end = new Date(Date.parse(set.start as string) + 2 * HOUR).toISOString();
          const e = { ...base(id), kind: 'edit', entry: target.id, set } as unknown as TimeEvent;
          // Mostly where a fold puts it (its entry's month); sometimes where an older tt did (when recorded).
          put(e, rnd() < 0.85 ? (entryMonth.get(target.id) ?? month(clock)) : month(clock));
        } else if (op < 0.78) {
          const target = pick(live);
          const id = nextId(device);
          put({ ...base(id), kind: 'delete', entry: target.id } as unknown as TimeEvent, entryMonth.get(target.id) ?? month(clock));
        } else if (op < 0.83) {
          const undoable = all(); // an undo of an undo is `tt redo`
          const id = nextId('dev1');
          put({ ...base(id), device: 'dev1', kind: 'undo', undoes: pick(undoable).action } as unknown as TimeEvent, month(clock));
        } else if (op < 0.9) {
          // A line changed in place (an edited note), the rest of the shard untouched.
          const path = pick([...shards.keys()]);
          const list = shards.get(path)!;
          const i = list.findIndex((e) => e.kind === 'entry');
          // Every copy of it, so that the copies still agree (they are one event).
          const id = i >= 0 ? list[i]!.id : null;
          for (const [p, l] of shards) {
            const j = l.findIndex((e) => e.id === id);
            if (j < 0) continue;
            l[j] = { ...l[j]!, note: `changed ${step}` } as TimeEvent;
            writeFileSync(p, encodeShard({ version: 1, events: l as never }));
          }
        } else if (op < 0.93 && shards.size > 3) {
          const path = pick([...shards.keys()]);
          shards.delete(path);
          rmSync(path);
        } else if (op < 0.96) {
          rmSync(deps.cachePath, { force: true });
        } else {
          // The same event in two shards of a device (a move between shards cut short).
          const path = pick([...shards.keys()]);
          const e = pick(shards.get(path)!);
          const other = [...shards.keys()].find((p) => p !== path && p.includes(`/${e.device}/`));
          if (other && !shards.get(other)!.some((x) => x.id === e.id)) put(e, other.slice(-12, -5));
        }
        const want = replay(all());
        const got = await cachedEntries({ ...deps });
        expect(got.entries, `step ${step}`).toEqual(want);
        const from = T0 + Math.floor(rnd() * 330) * DAY;
        const range = { start: from, end: from + 7 * DAY };
        const week = await cachedEntries({ ...deps, range });
        expect(week.entries.filter((e) => overlaps(e, range)), `step ${step} week`).toEqual(want.filter((e) => overlaps(e, range)));
      }
    });
  }
});
