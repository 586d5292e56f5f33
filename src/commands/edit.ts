// tt edit REF [--from T] [--to T] [--long] [--client C[/P]] [--tags a,b] [--note N] [--estimate D]
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import { warnOverlaps } from '../ui/overlap-note.ts';
import { resolveTarget } from '../core/target.ts';
import { warnAboutTimer } from '../ui/timer-notes.ts';
import { requireDuration } from '../core/duration.ts';
import { requireLongFlag } from '../core/bounds.ts';
import { UsageError } from '../core/errors.ts';
import type { EditEvent, TimeEvent } from '../core/events.ts';
import { resolveRef } from '../core/ids.ts';
import { parseInstant } from '../core/instant.ts';
import { replay } from '../core/replay.ts';
import { formatLocal, localDate } from '../core/time.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { Store, newId } from '../store/store.ts';
import { label, span } from '../ui/entry-text.ts';
import { entryJson, printJson } from '../ui/entry-json.ts';

export interface EditOptions {
  from?: string;
  to?: string;
  client?: string;
  tags?: string;
  note?: string;
  estimate?: string;
  long?: boolean;
  json?: boolean;
}

export async function edit(ctx: Ctx, ref: string, o: EditOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const now = ctx.now();
  if ([o.from, o.to, o.client, o.tags, o.note, o.estimate].every((v) => v === undefined)) {
    throw new UsageError('nothing to change', 'Give --from, --to, --client, --tags, --note or --estimate.');
  }
  const h = await loadHistory(ctx, store, 'fix');
  const entry = resolveRef(ref, h.entries);
  const set: EditEvent['set'] = {};
  let start = entry.start;
  let end = entry.end;
  const zoneProblem = store.zoneProblem();
  if (o.from !== undefined) start = await parseInstant(o.from, { now, tz, flag: '--from', day: localDate(entry.start, tz), zoneProblem });
  if (o.to !== undefined) end = await parseInstant(o.to, { now, tz, flag: '--to', day: localDate(entry.end ?? entry.start, tz), zoneProblem });
  if (end !== null && end <= start) {
    throw new UsageError(`the end ${formatLocal(end, tz)} would not be after the start ${formatLocal(start, tz)}`, 'Give both --from and --to if the entry moves.');
  }
  if (o.from !== undefined || o.to !== undefined) {
    // A running entry counts up to now: moving its start three days back makes it a 72-hour entry.
    requireLongFlag((end ?? now) - start, o.long, `the entry (${formatLocal(start, tz)} to ${end === null ? 'now' : formatLocal(end, tz)})`, 'If that is right, add --long; if not, check --from and --to.');
  }
  if (start !== entry.start) set.start = new Date(start).toISOString();
  if (end !== entry.end && end !== null) set.end = new Date(end).toISOString();
  if (o.client !== undefined) {
    const t = resolveTarget(readClientsLoose(ctx.fs, store.p.clients), o.client);
    set.client = t.client;
    set.project = t.project ?? '';
  }
  if (o.tags !== undefined) set.tags = o.tags.split(',').map((t) => t.trim().replace(/^\+/, '')).filter(Boolean);
  if (o.note !== undefined) set.note = o.note;
  if (o.estimate !== undefined) set.estimateMin = requireDuration(o.estimate, '--estimate');
  const ev: TimeEvent = { ...store.stamp(newId()), id: newId(), kind: 'edit', entry: entry.id, set };
  const entries = store.lock(() => {
    store.append([ev]);
    const after = replay([...h.events, ev]);
    store.syncTimer(after);
    return after;
  });
  const edited = entries.find((e) => e.id === entry.id)!;
  if (o.json) printJson(ctx.out, entryJson(edited, now));
  else ctx.out(`Edited ${label(edited)} ${localDate(edited.start, tz)} ${span(edited, tz, now)}.\n`);
  warnOverlaps(ctx, entries, edited, tz);
  warnAboutTimer(ctx, store.timer(), tz);
}
