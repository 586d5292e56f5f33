// Imported calendars as the commands change them: check a calendar's text (its warnings shown, or
// refused with --strict), store it (the .ics and its entry, which sync; its source, which stays on
// this machine; its derived index), remove one, and read where one came from. Each change is one
// store transaction.
import type { Ctx } from '../platform/context.ts';
import { isoUtc } from '../core/time.ts';
import { UsageError } from '../core/errors.ts';
import { envFailure } from '../store/io.ts';
import type { Store } from '../store/store.ts';
import type { Fs } from '../platform/fs.ts';
import { calendarPath, readIndex, writeIndex, type CalendarEntry } from './index-file.ts';
import { prepare, type Prepared } from './prepare.ts';
import { readCalendar } from './read.ts';
import { warn } from './commands-shared.ts';
import { readSources, shownSource, updateSources, type Source } from './sources.ts';
import { derivedPath, readStored, rememberImported } from './stored.ts';

/** The text read and prepared; null when it is no calendar at all. */
export async function checkCalendar(text: string, tz: string): Promise<Prepared | null> {
  const cal = readCalendar(text, tz);
  return cal ? prepare(cal, tz) : null;
}

/** Stores a checked calendar under `name` (replacing one of that name); true when it replaced one. */
export function storeCalendar(store: Store, name: string, source: Source, text: string, prepared: Prepared): { entry: CalendarEntry; replaced: boolean } {
  store.ensureWritable();
  const entry: CalendarEntry = { name, importedAt: isoUtc(store.ctx.now()), events: prepared.componentCount };
  const replaced = store.transaction((tx) => {
    const fs = store.ctx.fs;
    const dir = store.p.calendars;
    const entries = readIndex(fs, dir);
    const before = entries.some((e) => e.name === name);
    const sources = { ...legacySources(fs, store, entries), [name]: source };
    // The copy, the index and the source change together or not at all.
    tx.write(calendarPath(dir, name), text);
    writeIndex(tx, dir, [...entries.filter((e) => e.name !== name), entry]);
    updateSources(tx, store.p.state, sources);
    return before;
  });
  rememberImported(store.ctx.fs, store.p, name, store.tz(), store.ctx.now(), store.ctx.clock, prepared, text);
  return { entry, replaced };
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

/** Removes a calendar: its entry, its source, its derived index and (unless `keepFile`) its stored copy. */
export function removeCalendar(store: Store, name: string, keepFile: boolean): { file: string } {
  const fs = store.ctx.fs;
  const known = readIndex(fs, store.p.calendars);
  if (!known.some((e) => e.name === name)) throw unknownCalendar(name, known);
  store.ensureWritable();
  const file = calendarPath(store.p.calendars, name);
  store.transaction((tx) => {
    const entries = readIndex(fs, store.p.calendars);
    const sources = { ...legacySources(fs, store, entries), [name]: null };
    writeIndex(tx, store.p.calendars, entries.filter((e) => e.name !== name));
    updateSources(tx, store.p.state, sources);
  });
  // Once the index no longer lists it, nothing reads the copy or its derived index.
  if (!keepFile) unlinkQuietly(fs, file);
  unlinkQuietly(fs, derivedPath(store.p, name));
  return { file };
}

/** Where a calendar came from on this machine (or, written by an earlier tt, in its entry); null when unknown. */
export function sourceOf(store: Store, entry: CalendarEntry): Source | null {
  return readSources(store.ctx.fs, store.p.state)[entry.name] ?? (entry.source ? { path: entry.source } : null);
}

/** The stored copy's text, or null when it is missing. */
export function storedText(store: Store, name: string): string | null {
  try {
    return readStored(store.ctx.fs, calendarPath(store.p.calendars, name));
  } catch {
    return null;
  }
}

export function unknownCalendar(name: string, known: readonly CalendarEntry[]): UsageError {
  const names = known.map((e) => e.name);
  return new UsageError(`no calendar "${name}"`, names.length ? `Imported calendars: ${names.join(', ')} (see \`tt calendar list\`).` : 'No calendar is imported yet; import one with `tt calendar import FILE`.');
}

/** Sources an earlier tt kept in the synced entries, moved into local state (when there is none yet). */
function legacySources(fs: Fs, store: Store, entries: readonly CalendarEntry[]): Record<string, Source> {
  const local = readSources(fs, store.p.state);
  const moved: Record<string, Source> = {};
  for (const e of entries) if (e.source && !local[e.name]) moved[e.name] = { path: e.source };
  return moved;
}

function unlinkQuietly(fs: Fs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw envFailure(err, `remove ${path}`);
  }
}
