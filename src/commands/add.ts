// tt add CLIENT[/PROJECT] [+tag...] --from T --to T [--note N] [--long]
import type { Ctx } from '../platform/context.ts';
import { loadEntries } from '../store/load.ts';
import { warnOverlaps } from '../ui/overlap-note.ts';
import { resolveTarget } from '../core/target.ts';
import { warnAboutTimer } from '../ui/timer-notes.ts';
import { formatHM } from '../core/duration.ts';
import { requireLongFlag } from '../core/bounds.ts';
import { UsageError } from '../core/errors.ts';
import type { Entry, EntryEvent } from '../core/events.ts';
import { parseInstant } from '../core/instant.ts';
import { formatLocal, formatClock } from '../core/time.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { Store, newId } from '../store/store.ts';
import { label } from '../ui/entry-text.ts';
import { entryJson, printJson } from '../ui/entry-json.ts';

export interface AddOptions {
  from: string;
  to: string;
  note?: string;
  long?: boolean;
  json?: boolean;
}

export async function add(ctx: Ctx, client: string, tags: string[], o: AddOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const target = resolveTarget(readClientsLoose(ctx.fs, store.p.clients), client, tags);
  const now = ctx.now();
  const zoneProblem = store.zoneProblem();
  const start = await parseInstant(o.from, { now, tz, flag: '--from', zoneProblem });
  const end = await parseInstant(o.to, { now, tz, flag: '--to', zoneProblem });
  if (end <= start) {
    throw new UsageError(`--to ${formatLocal(end, tz)} is not after --from ${formatLocal(start, tz)}`, 'Give an end later than the start.');
  }
  requireLongFlag(end - start, o.long, `--from ${formatLocal(start, tz)} --to ${formatLocal(end, tz)}`, 'If that is right, add --long; if not, check both times.');
  // Everything the command reads is read before it writes (the fold below included): once the entry
  // is stored it must exit 0, or a retry after the error would add it twice.
  const timer = store.timer();
  const h = await loadEntries(ctx, store, { remember: false });
  const action = newId();
  const id = newId();
  const ev: EntryEvent = {
    ...store.stamp(action),
    id,
    kind: 'entry',
    entry: id,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    ...target,
    ...(o.note ? { note: o.note } : {}),
  };
  store.append([ev]);
  const entry: Entry = { id, start, end, tz: ev.tz, source: 'cli', lastAction: action, ...target, note: o.note };
  if (o.json) printJson(ctx.out, entryJson(entry, now));
  else ctx.out(`Added ${label(entry)} ${formatLocal(start, tz)}–${formatClock(end, tz)} (${formatHM(end - start)}), id ${id.slice(-6)}.\n`);
  warnOverlaps(ctx, h.entries, entry, tz);
  warnAboutTimer(ctx, timer, tz);
}
