// An entry's event found in the shards of two months (a move between shards cut short, or another
// device's older layout) joins the two months into one segment. The cache looks for that by the suffix
// hashes of the ids a changed segment's events mention. Found by an adversarial review, both failing
// before: a hash was taken as known when another id of the segment shared it (only hashes are kept),
// and two segments changed in the same update were never compared with each other; either way the
// entry was in two segments and every read showed it twice.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimeEvent } from '../../src/core/events.ts';
import { replay } from '../../src/core/replay.ts';
import { makeFs } from '../../src/platform/fs.ts';
import { cachedEntries, type CacheDeps } from '../../src/store/history-cache.ts';
import { encodeShard } from '../../src/store/shard.ts';
import { validateTime } from '../../src/store/validators.ts';
import { tempDir } from '../helpers/tmp.ts';

function entry(id: string, start: string): TimeEvent {
  const s = Date.parse(start);
  return { id, v: 1, device: 'dev1', at: new Date(s).toISOString(), tz: 'UTC', source: 'cli', action: id, kind: 'entry', entry: id, start: new Date(s).toISOString(), end: new Date(s + 3_600_000).toISOString(), client: 'acme', tags: [] };
}

/** A data folder's month shards, written as a fold writes them (sorted by id), and the cache's deps. */
function folder(): { shards: Map<string, TimeEvent[]>; put: (month: string, ...list: TimeEvent[]) => void; deps: CacheDeps } {
  const home = tempDir();
  const events = join(home, 'events');
  const shards = new Map<string, TimeEvent[]>();
  const put = (month: string, ...list: TimeEvent[]): void => {
    const path = join(events, 'dev1', `${month}.json`);
    const all = [...(shards.get(path) ?? []), ...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    shards.set(path, all);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, encodeShard({ version: 1, events: all as never }));
  };
  const deps: CacheDeps = { fs: makeFs({}), eventsDir: events, cachePath: join(home, 'state', 'history.cache'), segmentsDir: join(home, 'state', 'history'), clock: () => Date.now(), validate: async () => validateTime, remember: true, racyMs: 0 };
  return { shards, put, deps };
}

describe('an entry in two months\' shards', () => {
  it('is given once, as a full replay gives it, when its month-mate shares its last six characters', async () => {
    const { shards, put, deps } = folder();

    const X = entry('01J50000000000000001SSSSSS', '2026-05-10T09:00:00Z'); // May
    const Y = entry('01J60000000000000002SSSSSS', '2026-06-10T09:00:00Z'); // June, same last six characters
    put('2026-05', X);
    put('2026-06', Y, entry('01J60000000000000003TTTTTT', '2026-06-11T09:00:00Z'));
    expect((await cachedEntries(deps)).how).toBe('rebuilt');

    // X's event also lands in June's shard (a move between shards cut short).
    put('2026-06', X);
    const all = [...shards.values()].flat();
    const want = replay(all);
    expect(want.filter((e) => e.id === X.id)).toHaveLength(1);
    const got = await cachedEntries(deps);
    expect(got.entries.filter((e) => e.id === X.id), `how: ${got.how}`).toHaveLength(1);
    expect(got.entries).toEqual(want);
  });

  it('is given once when both months change in the same update (no shared suffix needed)', async () => {
    const { shards, put, deps } = folder();

    put('2026-06', entry('01J10000000000000003TTTTTT', '2026-06-11T09:00:00Z')); // June's newest id is old
    const X = entry('01J50000000000000001XXXXXX', '2026-05-10T09:00:00Z');
    put('2026-05', X);
    expect((await cachedEntries(deps)).how).toBe('rebuilt');

    // In one go (a sync, or a fold after a move cut short): May gets a new entry, and X's event lands
    // at the end of June's shard too.
    put('2026-05', entry('01J70000000000000004NNNNNN', '2026-05-12T09:00:00Z'));
    put('2026-06', X);
    const want = replay([...shards.values()].flat());
    const got = await cachedEntries(deps);
    expect(got.entries.filter((e) => e.id === X.id), `how: ${got.how}`).toHaveLength(1);
    expect(got.entries).toEqual(want);
  });
});
