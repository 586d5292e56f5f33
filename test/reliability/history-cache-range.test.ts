// A question about one week reads the cache segments of that week's months, not the whole history
// (src/store/history-cache.ts, `range`), and still gives every entry of the week, the running timer
// wherever it started, and the short ids the whole history gives (an id elsewhere that shares a
// six-character suffix makes a week's short id longer, as it does in a full read).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimeEvent } from '../../src/core/events.ts';
import { shortIds } from '../../src/core/ids.ts';
import { replay } from '../../src/core/replay.ts';
import { makeFs, type Fs } from '../../src/platform/fs.ts';
import { cachedEntries, type CacheDeps } from '../../src/store/history-cache.ts';
import { trackedShortIds } from '../../src/store/load.ts';
import { encodeShard } from '../../src/store/shard.ts';
import { validateTime } from '../../src/store/validators.ts';
import { countingFs } from '../helpers/counting-fs.ts';
import { tempDir } from '../helpers/tmp.ts';

const HOUR = 3_600_000;

/** An entry with the given id (ULIDs chosen so that two share their last six characters). */
function entry(id: string, start: string, hours: number | null, client: string): TimeEvent {
  const s = Date.parse(start);
  return { id, v: 1, device: 'dev1', at: new Date(s).toISOString(), tz: 'UTC', source: 'cli', action: id, kind: 'entry', entry: id, start: new Date(s).toISOString(), end: hours === null ? null : new Date(s + hours * HOUR).toISOString(), client, tags: [] };
}


describe('history cache: one week', () => {
  it('reads only the segments of the week, and gives its entries, the running timer and the short ids of a full read', async () => {
    const home = tempDir();
    const events: TimeEvent[] = [
      entry('01HQ0000000000000000ABCDEF', '2024-02-05T09:00:00Z', 2, 'acme'), // shares its suffix with the next
      entry('01JD0000000000000001ABCDEF', '2026-11-17T09:00:00Z', 1, 'acme'),
      entry('01JD0000000000000000GHJKMN', '2026-11-18T09:00:00Z', 1, 'globex'),
      entry('01J80000000000000000PQRSTV', '2026-08-03T09:00:00Z', null, 'initech'), // running since August
      ...Array.from({ length: 24 }, (_, i) => entry(`01H${String(i).padStart(2, '0')}00000000000000000${String(i).padStart(2, '0')}WXYZ`.slice(0, 26), `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-10T09:00:00Z`, 1, 'hooli')),
    ];
    const byMonth = new Map<string, TimeEvent[]>();
    for (const e of events) byMonth.set((e as { start: string }).start.slice(0, 7), [...(byMonth.get((e as { start: string }).start.slice(0, 7)) ?? []), e]);
    for (const [m, list] of byMonth) {
      mkdirSync(join(home, 'events', 'dev1'), { recursive: true });
      writeFileSync(join(home, 'events', 'dev1', `${m}.json`), encodeShard({ version: 1, events: list.sort((a, b) => (a.id < b.id ? -1 : 1)) as never }));
    }
    const deps = (fs: Fs, range?: CacheDeps['range']): CacheDeps => ({ fs, eventsDir: join(home, 'events'), cachePath: join(home, 'state', 'history.cache'), segmentsDir: join(home, 'state', 'history'), clock: () => Date.now(), validate: async () => validateTime, remember: true, racyMs: 0, ...(range ? { range } : {}) });
    await cachedEntries(deps(makeFs({})));
    const week = { start: Date.parse('2026-11-16T00:00:00Z'), end: Date.parse('2026-11-23T00:00:00Z') };
    const c = countingFs();
    const got = await cachedEntries(deps(c.fs, week));
    expect(got.how).toBe('hit');
    expect(c.segments.sort()).toEqual(['2026-08', '2026-11']); // the week's month, and the month of the running timer
    const all = replay(events);
    const inWeek = (e: { start: number; end: number | null }) => e.start < week.end && (e.end ?? Infinity) >= week.start;
    expect(got.entries.filter(inWeek)).toEqual(all.filter(inWeek));
    expect(got.entries.filter(inWeek).map((e) => e.client)).toEqual(['initech', 'acme', 'globex']);
    const full = shortIds(all.map((e) => e.id));
    const ids = trackedShortIds(got);
    for (const e of got.entries.filter(inWeek)) expect(ids.get(e.id)).toBe(full.get(e.id));
    expect(ids.get('01JD0000000000000001ABCDEF')).toBe('1ABCDEF'); // seven characters, because of February 2024
  });
});
