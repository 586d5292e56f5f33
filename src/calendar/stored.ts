// An imported calendar opened for queries: from its derived index when that is current, otherwise
// read again from the stored .ics (and the index rewritten). The index is trusted only when the
// .ics has the fingerprint it was built from, tt's build and the zone match, and the .ics did not
// change within RACY_MS of the index being written (a later change could then share its
// timestamps, git's "racy clean"); such a file is checked by its SHA-1 instead.
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import type { Paths } from '../store/paths.ts';
import { calendarPath } from './index-file.ts';
import { contentSum, encode, fingerprint, readDerived, samePrint, writeDerived, type Fingerprint } from './derived.ts';
import { groupNear } from './expand.ts';
import { prepare, type Group, type Prepared } from './prepare.ts';
import { readCalendar } from './read.ts';
import { stateDir } from './sources.ts';
import type { Problem, Window } from './types.ts';
import type { ZoneSpec } from './zones.ts';

export const RACY_MS = 2000;

export interface Opened {
  name: string;
  problems: Problem[];
  title?: string;
  componentCount: number;
  zones: ZoneSpec[];
  /** Groups that can touch the window. */
  groupsNear(w: Window): Promise<Group[]>;
  /** How it was opened: from the index, or read from the .ics. */
  how: 'index' | 'read';
}

export type OpenResult = { kind: 'ok'; cal: Opened } | { kind: 'missing' } | { kind: 'refused' };

export function indexPath(p: Pick<Paths, 'state'>, name: string): string {
  return join(stateDir(p.state), `${name}.index`);
}

/** Reads the stored copy as text (the one place that does, so its decoding is decided here). */
export function readStored(fs: Fs, path: string): string {
  return fs.readFileSync(path, 'utf8');
}

export async function openImported(fs: Fs, p: Pick<Paths, 'calendars' | 'state'>, name: string, tz: string): Promise<OpenResult> {
  const ics = calendarPath(p.calendars, name);
  let print: Fingerprint;
  try {
    print = fingerprint(fs, ics); // taken before reading, so a change while reading shows next time
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  const idx = indexPath(p, name);
  const d = readDerived(fs, idx);
  if (d && d.header.name === name && d.header.tz === tz && samePrint(d.header.print, print) && trusted(fs, ics, print, d.header.sha1, d.writtenMs, () => writeDerived(fs, idx, fs.readFileSync(idx)))) {
    const h = d.header;
    return {
      kind: 'ok',
      cal: {
        name,
        problems: h.problems,
        title: h.title,
        componentCount: h.componentCount,
        zones: h.zones,
        how: 'index',
        // A damaged part of the index: read the calendar again, and answer from that.
        groupsNear: async (w) => d.groupsNear(w) ?? ((await rebuild(fs, p, name, tz, print)) as Opened | null)?.groupsNear(w) ?? [],
      },
    };
  }
  const cal = await rebuild(fs, p, name, tz, print);
  return cal ? { kind: 'ok', cal } : { kind: 'refused' };
}

/** Whether the fingerprint can be trusted, checking the content when it changed too near the index's writing. */
function trusted(fs: Fs, ics: string, print: Fingerprint, sum: string, writtenMs: number, touch: () => void): boolean {
  if (print.mtimeMs < writtenMs - RACY_MS && print.ctimeMs < writtenMs - RACY_MS) return true;
  if (contentSum(readStored(fs, ics)) !== sum) return false;
  // Checked and unchanged: written again now, the index no longer needs the check.
  if (Date.now() - Math.max(print.mtimeMs, print.ctimeMs) > RACY_MS) touch();
  return true;
}

/** Reads the stored .ics in full, prepares it and writes its index; null when it is no calendar. */
async function rebuild(fs: Fs, p: Pick<Paths, 'calendars' | 'state'>, name: string, tz: string, print: Fingerprint): Promise<Opened | null> {
  const text = readStored(fs, calendarPath(p.calendars, name));
  const cal = readCalendar(text, tz);
  if (!cal) return null;
  const prepared = await prepare(cal, tz);
  writeDerived(fs, indexPath(p, name), encode(prepared, { name, tz, print, sha1: contentSum(text) }));
  return opened(name, prepared, 'read');
}

/** A prepared calendar in memory, opened as if from its index. */
export function opened(name: string, prepared: Prepared, how: Opened['how']): Opened {
  return {
    name,
    problems: prepared.problems,
    title: prepared.title,
    componentCount: prepared.componentCount,
    zones: prepared.zones,
    how,
    groupsNear: async (w) => prepared.groups.filter((g) => groupNear(g, w)),
  };
}

/** Writes the index of a calendar just imported (its .ics is written): the first query needs no full read. */
export function rememberImported(fs: Fs, p: Pick<Paths, 'calendars' | 'state'>, name: string, tz: string, prepared: Prepared, text: string): void {
  try {
    const print = fingerprint(fs, calendarPath(p.calendars, name));
    writeDerived(fs, indexPath(p, name), encode(prepared, { name, tz, print, sha1: contentSum(text) }));
  } catch {
    /* the next query reads the .ics and writes it */
  }
}
