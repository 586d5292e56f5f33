// tt export --format csv|json|timeclock|ics [--since D --until D] [--clip-overlaps]
import type { Ctx } from '../platform/context.ts';
import { damagedExit, loadEntries, trackedShortIds } from '../store/load.ts';
import { UsageError } from '../core/errors.ts';
import type { Entry } from '../core/events.ts';
import { resolveRange, type RangeFlags } from '../core/ranges.ts';
import { isoUtc } from '../core/time.ts';
import { DayCutter } from '../report/days.ts';
import { EXPORT_COLUMNS, exportRow } from '../report/export-rows.ts';
import { csvText } from '../report/format.ts';
import { clipOverlaps, findOverlaps } from '../report/overlaps.ts';
import { accountOf, timeclockText } from '../report/timeclock.ts';
import { Store } from '../store/store.ts';
import { entryJson, printJson } from '../ui/entry-json.ts';
import { markedEntries } from '../invoices/marks.ts';

type Finished = Entry & { end: number };

const MAX_LISTED = 10;

export interface ExportOptions extends RangeFlags {
  format: 'csv' | 'json' | 'timeclock' | 'ics';
  clipOverlaps?: boolean;
}

/** `export` is a keyword, hence the name. */
export async function exportEntries(ctx: Ctx, o: ExportOptions): Promise<number> {
  const store = new Store(ctx);
  const tz = store.tz();
  const now = ctx.now();
  const range = resolveRange(o, now, tz, 'all');
  const h = await loadEntries(ctx, store, { remember: true, range });
  // The invoice column comes from the invoice records: a voided invoice bills nothing.
  const { entries } = await markedEntries(ctx, store, h.entries);
  const cutter = new DayCutter(tz);
  const dayOf = (e: Entry): string => cutter.dayOf(e.start).day;
  const inRange = range ? entries.filter((e) => dayOf(e) >= range.from && dayOf(e) <= range.to) : entries;
  const running = inRange.filter((e) => e.end === null);
  for (const r of running) ctx.err(`tt: note: the running timer (${accountOf(r)} since ${isoUtc(r.start)}) is not exported until it stops\n`);
  const done = inRange.filter((e): e is Finished => e.end !== null);

  if (o.format === 'csv') ctx.out(csvText(EXPORT_COLUMNS, done.map((e) => exportRow(e, dayOf(e)))));
  else if (o.format === 'ics') {
    // The iCalendar writer (src/export/ics.ts) loads ical.js only when it runs.
    const { icsText } = await import('../export/ics.ts');
    ctx.out(await icsText(done, now));
  }
  else if (o.format === 'json') {
    const ids = trackedShortIds(h);
    printJson(ctx.out, { from: range?.from ?? null, to: range?.to ?? null, tz, entries: done.map((e) => entryJson(e, now, ids.get(e.id))) });
  } else {
    const overlaps = findOverlaps(done);
    if (overlaps.length && !o.clipOverlaps) {
      for (const { earlier, later } of overlaps.slice(0, MAX_LISTED)) {
        ctx.err(`tt: ${describe(later)} overlaps ${describe(earlier)}\n`);
      }
      if (overlaps.length > MAX_LISTED) ctx.err(`tt: ... and ${overlaps.length - MAX_LISTED} more overlaps\n`);
      throw new UsageError(
        `${overlaps.length} overlapping ${overlaps.length === 1 ? 'entry' : 'entries'}: hledger's timeclock format allows one session at a time`,
        'Fix them with `tt edit`, or pass --clip-overlaps (where entries overlap, the later-starting one wins).',
      );
    }
    const sessions = o.clipOverlaps ? clipOverlaps(done) : done.map((e) => ({ entry: e, start: e.start, end: e.end }));
    ctx.out(timeclockText(sessions));
  }
  return damagedExit(h);
}

function describe(e: Finished): string {
  return `${accountOf(e)} ${isoUtc(e.start)}..${isoUtc(e.end)} (${e.id.slice(-6)})`;
}
