// tt calendar refresh [NAME] [--strict]: read calendars again from where they were imported from on
// this machine (a file, or a URL fetched again). Without a name, every calendar with a source here;
// one that fails is reported and the others are still refreshed.
import { count } from '../core/plural.ts';
import type { Ctx } from '../platform/context.ts';
import { TtError, UsageError } from '../core/errors.ts';
import { Store } from '../store/store.ts';
import { fetchCalendar } from '../calendar/fetch.ts';
import { readIndex, type CalendarEntry } from '../calendar/index-file.ts';
import { importChecked, sourceOf, storedText, unknownCalendar } from '../calendar/manage.ts';
import { shownSource } from '../calendar/sources.ts';
import { readUserFile } from '../calendar/commands-shared.ts';

export interface CalendarRefreshOptions {
  strict?: boolean;
}

export async function calendarRefresh(ctx: Ctx, name: string | undefined, o: CalendarRefreshOptions): Promise<void> {
  const store = new Store(ctx);
  const entries = readIndex(ctx.fs, store.p.calendars);
  const chosen = name ? entries.filter((e) => e.name === name) : entries;
  if (name && !chosen.length) throw unknownCalendar(name, entries);
  if (!chosen.length) {
    ctx.out('No calendars yet. Import an export with `tt calendar import work.ics` (or its URL).\n');
    return;
  }
  const failures: TtError[] = [];
  let done = 0;
  for (const entry of chosen) {
    try {
      ctx.out(await refreshOne(ctx, store, entry, o.strict));
      done++;
    } catch (err) {
      if (!(err instanceof TtError) || chosen.length === 1) throw err;
      failures.push(err);
      ctx.err(`tt: warning: calendar "${entry.name}" was not refreshed: ${err.message}\n`);
    }
  }
  if (!done && failures.length) throw failures[0]!;
}

async function refreshOne(ctx: Ctx, store: Store, entry: CalendarEntry, strict: boolean | undefined): Promise<string> {
  const source = sourceOf(store, entry);
  if (!source) {
    throw new UsageError(`calendar "${entry.name}" has no source on this machine`, `Import it again from its file or URL: tt calendar import FILE --name ${entry.name}`);
  }
  const text = source.url ? await fetchCalendar(source.url) : readUserFile(ctx, source.path!);
  if (storedText(store, entry.name) === text) return `Calendar "${entry.name}" is unchanged (${shownSource(source)}).\n`;
  const r = await importChecked(ctx, store, { name: entry.name, source, text, strict });
  const problems = r.warnings ? ` (${count(r.warnings, 'warning')} above)` : '';
  return `Refreshed calendar "${entry.name}": ${count(r.entry.events, 'event')} from ${shownSource(source)}${problems}.\n`;
}
