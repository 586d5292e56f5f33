// Loading history for the commands that need it: fold first (when the lock is free), report damaged
// shards, and refuse to change anything on top of history that could not be read whole. Entries
// whose times lie outside 1970..now (stored by an older tt, before instants were bounded) are set
// aside with a warning: cutting a 1.6-billion-hour entry into days, or a day of year 206, is what
// made exports and invoices fail for the whole store. Only the commands that fix entries see them.
import { EnvError } from '../core/errors.ts';
import type { Ctx } from '../platform/context.ts';
import type { Entry } from '../core/events.ts';
import { outOfBounds, outOfBoundsWarning } from './check-instants.ts';
import type { History, Store, Tracked } from './store.ts';
import { noteProjects } from './projects-file.ts';
import { shortIds } from '../core/ids.ts';
import { rangeInstants, type DayRange } from '../core/ranges.ts';

/**
 * `read` and `change` set entries outside the bounds aside; `fix` (edit, delete, undo) keeps them,
 * so that they can be corrected or removed, and refuses on damage as `change` does.
 */
export async function loadHistory(ctx: Ctx, store: Store, purpose: 'read' | 'change' | 'fix'): Promise<History> {
  const mode = purpose === 'read' ? 'read' : 'change';
  await foldFirst(ctx, store, mode);
  const h = reportDamage(ctx, await store.history(), mode);
  return purpose === 'fix' ? h : setAside(ctx, h);
}

/**
 * Folding first is housekeeping: for a command that only reads, a fold the disk has no room for (or
 * may not write) is a warning, and history is read from the journal where it lies.
 */
async function foldFirst(ctx: Ctx, store: Store, purpose: 'read' | 'change'): Promise<void> {
  try {
    for (const w of await store.fold()) ctx.err(`tt: warning: ${w}\n`);
  } catch (err) {
    if (purpose === 'change' || !(err instanceof EnvError)) throw err;
    ctx.err(`tt: warning: ${err.message}; the journal stays as it is until a later command folds it\n`);
  }
}

/**
 * After a command recorded something through the journal (tt add): fold it into its month's shard
 * now and bring the history cache up to date, the segments of `range` read, so that the next
 * question (`tt log` right after) finds both done instead of doing them itself. What was recorded
 * is safe in the journal already, so nothing here fails the command: a busy lock, a full disk or a
 * damaged shard leaves the work to the next command (a fold's warnings are shown, as a read shows
 * them).
 */
export async function settle(ctx: Ctx, store: Store, range: DayRange): Promise<void> {
  try {
    for (const w of await store.fold()) ctx.err(`tt: warning: ${w}\n`);
    await store.refreshCache(daySpan(range, store.tz()));
  } catch {
    /* the next command folds and reads as it would have */
  }
}

/** The instants of a day range, a day either side: no doubt about the zone can leave an entry out. */
function daySpan(range: DayRange, tz: string): { start: number; end: number } {
  const s = rangeInstants(range, tz);
  return { start: s.start - DAY_MS, end: s.end + DAY_MS };
}

/**
 * The entries alone, for commands that read them (through the history cache). `remember`: the
 * command only reads, so it may bring the cache up to date; a command that goes on to change data
 * leaves it be, so that a failed change writes nothing at all.
 */
export async function loadEntries(ctx: Ctx, store: Store, o: { remember: boolean; range?: DayRange | null }): Promise<Tracked> {
  await foldFirst(ctx, store, o.remember ? 'read' : 'change');
  // A range: only the entries that may touch it are read (at least those; a day either side spares
  // any doubt about the zone), so a week costs a week, not the whole history.
  const span = o.range ? daySpan(o.range, store.tz()) : undefined;
  const h = setAside(ctx, reportDamage(ctx, await store.entries(o.remember, span), 'read'));
  // The projects shell completion offers: every entry read replaces the list; a range adds its own.
  if (o.remember && !h.damaged.length) noteProjects(ctx.fs, store.p, h.entries.map((e) => [e.client, e.project] as const), !span);
  return h;
}

const DAY_MS = 86_400_000;

/** Short ids of the entries read, told apart from every entry of history (see Tracked.others). */
export function trackedShortIds(h: Pick<Tracked, 'entries' | 'others'>): Map<string, string> {
  return shortIds(h.others?.length ? [...h.entries.map((e) => e.id), ...h.others] : h.entries.map((e) => e.id));
}

function setAside<T extends Tracked>(ctx: Ctx, h: T): T {
  const bad = outOfBounds(h.entries, ctx.now());
  if (!bad.length) return h;
  ctx.err(`tt: warning: ${outOfBoundsWarning(bad)}\n`);
  const skip = new Set<Entry>(bad.map((b) => b.entry));
  return { ...h, entries: h.entries.filter((e) => !skip.has(e)) };
}

function reportDamage<T extends Tracked>(ctx: Ctx, h: T, purpose: 'read' | 'change'): T {
  if (h.damaged.length) {
    if (purpose === 'change') throw h.damaged[0]!;
    for (const d of h.damaged) ctx.err(`tt: ${d.message}\n`);
    ctx.err(`  ${h.damaged[0]!.hint}\n`);
  }
  return h;
}

/** Read commands finish their output, then exit 3 when part of history was damaged. */
export function damagedExit(h: Tracked): number {
  return h.damaged.length ? 3 : 0;
}
