// An imported calendar opened for queries: from its derived index when that is current, otherwise
// read again from the stored .ics (and the index rewritten). The index is trusted only when the
// .ics has the fingerprint it was built from, tt's build and the zone match, and the .ics did not
// change within RACY_MS of the index being written (a later change could then share its
// timestamps, git's "racy clean"); such a file is checked by its SHA-1 instead. An index made more
// than a month ago is made again, so that its list of series instances stays around today.
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import { envFailure } from '../store/io.ts';
import type { Paths } from '../store/paths.ts';
import { calendarPath } from './index-file.ts';
import { contentSum, encode, fromBytes, fingerprint, readDerived, RESPAN, samePrint, writeDerived, type Derived, type Fingerprint, type Near } from './derived.ts';
import { prepare, type Prepared } from './prepare.ts';
import { readCalendar } from './read.ts';
import { stateDir } from './sources.ts';
import type { Problem, Window } from './types.ts';

export const RACY_MS = 2000;

export interface Opened {
  name: string;
  problems: Problem[];
  title?: string;
  componentCount: number;
  /** The instances listed in the window, and the series to expand for it (with the calendar's zones). */
  near(w: Window): Promise<Near>;
}

export type OpenResult = { kind: 'ok'; cal: Opened } | { kind: 'missing' } | { kind: 'refused' };

type Where = Pick<Paths, 'calendars' | 'state'>;

export function derivedPath(p: Pick<Paths, 'state'>, name: string): string {
  return join(stateDir(p.state), `${name}.index`);
}

/** Reads the stored copy as text (the one place that does, so its decoding is decided here). */
export function readStored(fs: Fs, path: string): string {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch (err) {
    throw envFailure(err, `read ${path}`);
  }
}

/** `now`: the command's time (the instances kept around it); `clock`: the real one, compared with file times. */
export async function openImported(fs: Fs, p: Where, name: string, tz: string, now: number, clock: () => number): Promise<OpenResult> {
  const ics = calendarPath(p.calendars, name);
  let print: Fingerprint;
  try {
    print = fingerprint(fs, ics); // taken before reading, so a change while reading shows next time
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw envFailure(err, `read ${ics}`);
  }
  const idx = derivedPath(p, name);
  const d = readDerived(fs, idx);
  const h = d?.header;
  if (d && h && h.name === name && h.tz === tz && Math.abs(now - h.span.made) <= RESPAN && samePrint(h.print, print) && trusted(fs, ics, print, h.sha1, d.writtenMs, clock, () => writeDerived(fs, idx, fs.readFileSync(idx)))) {
    // A damaged part of the index: read the calendar again, and answer from that.
    return { kind: 'ok', cal: opened(d, async (w) => d.near(w) ?? (await rebuild(fs, p, name, tz, now, clock, print))?.near(w) ?? NOTHING) };
  }
  const fresh = await rebuild(fs, p, name, tz, now, clock, print);
  return fresh ? { kind: 'ok', cal: opened(fresh, async (w) => fresh.near(w) ?? NOTHING) } : { kind: 'refused' };
}

const NOTHING: Near = { rows: [], groups: [], zones: [], user: null };

function opened(d: Derived, near: Opened['near']): Opened {
  const h = d.header;
  return { name: h.name, problems: h.problems, title: h.title, componentCount: h.componentCount, near };
}

/** Whether the fingerprint can be trusted, checking the content when it changed too near the index's writing. */
function trusted(fs: Fs, ics: string, print: Fingerprint, sum: string, writtenMs: number, clock: () => number, touch: () => void): boolean {
  if (print.mtimeMs < writtenMs - RACY_MS && print.ctimeMs < writtenMs - RACY_MS) return true;
  if (contentSum(readStored(fs, ics)) !== sum) return false;
  // Checked and unchanged: written again now, the index no longer needs the check.
  if (clock() - Math.max(print.mtimeMs, print.ctimeMs) > RACY_MS) touch();
  return true;
}

/** Reads the stored .ics in full, prepares it and writes its index; null when it is no calendar. */
async function rebuild(fs: Fs, p: Where, name: string, tz: string, now: number, clock: () => number, print: Fingerprint): Promise<Derived | null> {
  const text = readStored(fs, calendarPath(p.calendars, name));
  const cal = readCalendar(text, tz);
  if (!cal) return null;
  return remember(fs, p, name, tz, now, clock, await prepare(cal, tz), text, print);
}

/** Writes the index of a prepared calendar; returns it as a query reads it (also when it cannot be written). */
function remember(fs: Fs, p: Where, name: string, tz: string, now: number, clock: () => number, prepared: Prepared, text: string, print: Fingerprint): Derived | null {
  const bytes = encode(prepared, { name, tz, print, sha1: contentSum(text) }, now);
  writeDerived(fs, derivedPath(p, name), bytes);
  return fromBytes(bytes, clock());
}

/** Writes the index of a calendar just imported (its .ics is written): the first query needs no full read. */
export function rememberImported(fs: Fs, p: Where, name: string, tz: string, now: number, clock: () => number, prepared: Prepared, text: string): void {
  try {
    remember(fs, p, name, tz, now, clock, prepared, text, fingerprint(fs, calendarPath(p.calendars, name)));
  } catch {
    /* the next query reads the .ics and writes it */
  }
}
