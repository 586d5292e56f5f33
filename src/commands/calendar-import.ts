// tt calendar import FILE [--name N] [--strict]: check that FILE is a calendar, then copy it into the
// data folder under its name (importing again replaces it) and record it in the index.
import { resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { NAME_RE } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { isoUtc } from '../core/time.ts';
import { writeAtomic } from '../store/io.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { calendarPath, readIndex, writeIndex, type CalendarEntry } from '../calendar/index-file.ts';
import { readCalendar } from '../calendar/read.ts';
import { nameOfFile, readUserFile, warn } from './calendar-shared.ts';

export interface CalendarImportOptions {
  name?: string;
  strict?: boolean;
  json?: boolean;
}

export async function calendarImport(ctx: Ctx, file: string, o: CalendarImportOptions): Promise<void> {
  const name = o.name ?? nameOfFile(file);
  if (!NAME_RE.test(name)) throw new UsageError(`--name: "${name}" is not a calendar name`, 'Use letters, digits, dot, dash and underscore, starting with a letter or digit.');
  const text = readUserFile(ctx, file);
  const store = new Store(ctx);
  const cal = readCalendar(text, store.tz());
  if (!cal) {
    throw new UsageError(`${file} is not a calendar; nothing was imported`, 'An iCalendar file has BEGIN:VCALENDAR and BEGIN:VEVENT lines; export one (.ics) from your calendar app.');
  }
  warn(ctx, cal.problems.map((p) => `${file}:${p.line}: ${p.message}`), o.strict);
  store.ensureWritable();
  const entry: CalendarEntry = { name, source: resolve(ctx.cwd, file), importedAt: isoUtc(ctx.now()), events: cal.componentCount };
  const replaced = store.lock(() => {
    const dir = store.p.calendars;
    const entries = readIndex(ctx.fs, dir);
    const before = entries.some((e) => e.name === name);
    // The copy and the index change together or not at all.
    store.later(() => {
      writeAtomic(ctx.fs, calendarPath(dir, name), text);
      writeIndex(ctx.fs, dir, [...entries.filter((e) => e.name !== name), entry]);
    });
    return before;
  });
  if (o.json) {
    printJson(ctx.out, { ...entry, replaced, warnings: cal.problems.length });
    return;
  }
  const problems = cal.problems.length ? ` (${cal.problems.length} warning(s) above)` : '';
  ctx.out(`${replaced ? 'Replaced' : 'Imported'} calendar "${name}": ${entry.events} event(s) from ${entry.source}${problems}.\n`);
}
