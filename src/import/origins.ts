// The origins in history, read again under the store lock just before an import appends, so two
// imports of one file at the same moment cannot both add it. Under the lock nobody folds, so shards,
// aside journals and the journal together hold every event; hooks may still append to the journal,
// but they never write entry events.
import type { Ctx } from '../platform/context.ts';
import type { TimeEvent } from '../core/events.ts';
import { replay } from '../core/replay.ts';
import { asideFiles } from '../store/fold.ts';
import { readIfExists } from '../store/io.ts';
import { isTimeRecord, parseJournal } from '../store/journal.ts';
import type { Paths } from '../store/paths.ts';
import { readShards } from '../store/read.ts';
import { knownOrigins, type KnownOrigins } from './plan.ts';

export function timeEventsNow(ctx: Ctx, p: Paths): TimeEvent[] {
  const events = readShards(ctx.fs, p.events, 'time').events as unknown as TimeEvent[];
  const seen = new Set(events.map((e) => e.id));
  for (const file of [...asideFiles(ctx, p), p.journal]) {
    const text = readIfExists(ctx.fs, file);
    if (!text) continue;
    for (const r of parseJournal(text).records) {
      if (isTimeRecord(r) && !seen.has(r.id)) {
        events.push(r as unknown as TimeEvent);
        seen.add(r.id);
      }
    }
  }
  return events;
}

export function originsOf(events: readonly TimeEvent[]): KnownOrigins {
  return knownOrigins(events, replay(events).map((e) => e.origin));
}
