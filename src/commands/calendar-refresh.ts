// tt calendar refresh [NAME] [--strict]: read calendars again from where they were imported from on
// this machine (a file, or a URL fetched again). Without a name, every calendar with a source here;
// one that fails is reported and the others are still refreshed.
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { TtError, UsageError } from '../core/errors.ts';
import { Store } from '../store/store.ts';
import { fetchCalendar } from '../calendar/fetch.ts';
import { readIndex, type CalendarEntry } from '../calendar/index-file.ts';
import { checkCalendar, sourceOf, storeCalendar, storedText, unknownCalendar } from '../calendar/manage.ts';
import { shownSource, type Source } from '../calendar/sources.ts';
import { readUserFile, warn } from '../calendar/commands-shared.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<void> {
  const o = inv.opts as { strict?: boolean };
  const store = new Store(ctx);
  const entries = readIndex(ctx.fs, store.p.calendars);
  const name = inv.args[0];
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
  const problems = r.warnings ? ` (${r.warnings} warning(s) above)` : '';
  return `Refreshed calendar "${entry.name}": ${r.entry.events} event(s) from ${shownSource(source)}${problems}.\n`;
}

/** Checks the text (its warnings shown now, once, or refused with --strict) and stores it. */
export async function importChecked(ctx: Ctx, store: Store, c: { name: string; source: Source; text: string; strict?: boolean }): Promise<ReturnType<typeof storeCalendar> & { warnings: number }> {
  const shown = shownSource(c.source);
  const prepared = await checkCalendar(c.text, store.tz());
  if (!prepared) {
    throw new UsageError(`${shown} is not a calendar; nothing was imported`, 'An iCalendar file has BEGIN:VCALENDAR and BEGIN:VEVENT lines; export one (.ics) from your calendar app.');
  }
  warn(ctx, prepared.problems.map((p) => `${shown}:${p.line}: ${p.message}`), c.strict);
  return { ...storeCalendar(store, c.name, c.source, c.text, prepared), warnings: prepared.problems.length };
}
