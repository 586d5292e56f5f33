// The short ids a one-week read gives must be those of a full read. A month segment's "mentions" hold
// the suffix hashes of every entry its events are about, deleted ones too. When a segment is replayed
// (another device's shard arrives for its month, as `tt sync` brings it), the hashes new to it are
// checked against the other segments. Failing before: a new entry whose six-character suffix equals
// that of an entry deleted in the same month was not taken as new, so an entry of another month with
// that suffix kept a six-character short id in a week read, where a full read gives seven.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimeEvent } from '../../src/core/events.ts';
import { shortIds } from '../../src/core/ids.ts';
import { replay } from '../../src/core/replay.ts';
import { makeFs } from '../../src/platform/fs.ts';
import { cachedEntries, type CacheDeps } from '../../src/store/history-cache.ts';
import { trackedShortIds } from '../../src/store/load.ts';
import { encodeShard } from '../../src/store/shard.ts';
import { validateTime } from '../../src/store/validators.ts';
import { tempDir } from '../helpers/tmp.ts';

const HOUR = 3_600_000;

function entry(id: string, start: string, device = 'dev1'): TimeEvent {
  const s = Date.parse(start);
  return { id, v: 1, device, at: new Date(s).toISOString(), tz: 'UTC', source: 'cli', action: id, kind: 'entry', entry: id, start: new Date(s).toISOString(), end: new Date(s + HOUR).toISOString(), client: 'acme', tags: [] };
}

function del(id: string, of: string, at: string): TimeEvent {
  return { id, v: 1, device: 'dev1', at, tz: 'UTC', source: 'cli', action: id, kind: 'delete', entry: of };
}

describe('short ids after a replayed month', () => {
  it('a week read gives the short ids of a full read when a new entry shares its suffix with one deleted in its month', async () => {
    const home = tempDir();
    const events = join(home, 'events');
    const shards = new Map<string, TimeEvent[]>();
    const put = (device: string, month: string, ...list: TimeEvent[]) => {
      const path = join(events, device, `${month}.json`);
      const all = [...(shards.get(path) ?? []), ...list].sort((a, b) => (a.id < b.id ? -1 : 1));
      shards.set(path, all);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, encodeShard({ version: 1, events: all as never }));
    };
    const all = () => [...shards.values()].flat();
    const deps: CacheDeps = { fs: makeFs({}), eventsDir: events, cachePath: join(home, 'state', 'history.cache'), segmentsDir: join(home, 'state', 'history'), clock: () => Date.now(), validate: async () => validateTime, remember: true, racyMs: 0 };

    // A (September) and D (October) share their last six characters.
    const A = '01J70000000000000001ABCDEF';
    const D = '01J80000000000000002ABCDEF';
    put('dev1', '2026-09', entry(A, '2026-09-10T09:00:00Z'));
    put('dev1', '2026-10', entry(D, '2026-10-10T09:00:00Z'), entry('01J80000000000000003GHJKMN', '2026-10-11T09:00:00Z'));
    await cachedEntries(deps);
    // D is deleted (a fold appends the delete to October's shard).
    put('dev1', '2026-10', del('01J90000000000000004PQRSTV', D, '2026-10-12T09:00:00.000Z'));
    await cachedEntries(deps);
    // Another device's October shard arrives (tt sync): B, with the same six last characters as A.
    const B = '01J80000000000000005ABCDEF';
    put('laptop', '2026-10', entry(B, '2026-10-20T09:00:00Z', 'laptop'));
    const got = await cachedEntries(deps);
    expect(got.entries).toEqual(replay(all())); // the entries themselves are right

    const full = shortIds(replay(all()).map((e) => e.id));
    expect(full.get(A)).toBe('1ABCDEF'); // A and B share six characters: seven are needed
    const sept = { start: Date.parse('2026-09-01T00:00:00Z'), end: Date.parse('2026-09-30T00:00:00Z') };
    const week = await cachedEntries({ ...deps, range: sept });
    const ids = trackedShortIds(week);
    expect(ids.get(A), 'A in a September read').toBe(full.get(A));
    const oct = { start: Date.parse('2026-10-15T00:00:00Z'), end: Date.parse('2026-10-25T00:00:00Z') };
    const octIds = trackedShortIds(await cachedEntries({ ...deps, range: oct }));
    expect(octIds.get(B), 'B in an October read').toBe(full.get(B));
  });
});
