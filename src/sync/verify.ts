// Whether a remote's version of the data folder may be taken: it may add, never take away. Compared
// per record, never per file, between three versions of each file that differs: this device's
// (ours, its last commit), the remote's (theirs), and the remote's as this device last synced with
// it (base: what this device has pushed or taken). Pure.
//
// - A device's files are written by that device only. Another device may add records to its own
//   files, and rewrite them (its own repair or compaction) only when folding before and after gives
//   the same state: the same records, in any order and any file of that device, keys in any order.
// - No record this device holds is dropped because the remote lost it: a record of another device
//   held here must still be on the remote; a record of this device that the remote had (base) must
//   still be there (one not yet pushed is not missing); none is changed.
// - Nobody writes in this device's name: a record in this device's file that this device does not
//   hold and never pushed was not written here (another machine using this device's id, or a forgery).
// - Settings are per key with a clock: a key is never removed (a removal is a value), its clock
//   never goes back, and one clock means one value.
// - Invoices are written once: an invoice held here is never removed or changed.
// - Links and paths that are not tt's (paths.ts) are never taken; tt's machine-local files that an
//   older tt synced are left out, never refused.
import { machinePath, syncedPath, type Synced, type SyncedKind } from './paths.ts';
import { appendedLines, recordsOf, sameRecord, type Records } from './records.ts';

export type ProblemKind = 'deleted' | 'rewritten' | 'forged' | 'rewound' | 'link' | 'foreign';

export interface Problem {
  kind: ProblemKind;
  paths: string[];
  /** Records (or settings keys) concerned. */
  records: number;
}

/** One path that differs between this device's last commit and the remote. */
export interface Change {
  path: string;
  ours: string | null;
  theirs: string | null;
  /** The base version: needed only for this device's own files (see needsBase). */
  base: string | null;
  /** git's mode of the remote's version: 120000 is a link, 160000 another repository. */
  theirsMode: string | null;
  /** The remote's version is the one this device last synced with (an old path, not a change). */
  theirsIsBase: boolean;
}

/** A set of files whose records are compared together: a device's shards of one stream, or one file. */
export interface Group {
  kind: SyncedKind;
  device: string | null;
  own: boolean;
  changes: Change[];
}

const RECORD_KINDS: ReadonlySet<SyncedKind> = new Set(['time', 'activity', 'records', 'settings', 'invoice']);

/** The device that issued an invoice, from its file's text. */
export function invoiceDevice(text: string | null): string | null {
  if (text === null) return null;
  try {
    const d = (JSON.parse(text) as { invoice?: { device?: unknown } }).invoice?.device;
    return typeof d === 'string' ? d : null;
  } catch {
    return null;
  }
}

/** Whose file a change is, when it is a record file: its device, and whether that is this one. */
export function ownerOf(change: Change, synced: Synced, me: string): { device: string | null; own: boolean } {
  const device = synced.kind === 'invoice' ? invoiceDevice(change.ours) ?? invoiceDevice(change.theirs) : synced.device ?? null;
  return { device, own: device === me };
}

/** Whether a change needs its base version read: only this device's own record files do. */
export function needsBase(change: Change, me: string): boolean {
  const s = syncedPath(change.path);
  return Boolean(s && RECORD_KINDS.has(s.kind) && ownerOf(change, s, me).own);
}

/** The groups to compare: shards per (stream, device), every other record file on its own. */
export function groupChanges(changes: readonly Change[], me: string): { groups: Group[]; problems: Problem[]; dropped: string[] } {
  const problems: Problem[] = [];
  const dropped: string[] = [];
  const groups = new Map<string, Group>();
  for (const c of changes) {
    if (c.theirsMode === '120000' || c.theirsMode === '160000') {
      problems.push({ kind: 'link', paths: [c.path], records: 0 });
      continue;
    }
    const s = syncedPath(c.path);
    if (!s) {
      // Machine files an older tt pushed, and paths that were there when this device last synced,
      // are left out; a path that is not tt's, new on the remote, is refused.
      if (machinePath(c.path) || c.theirs === null || c.theirsIsBase) dropped.push(c.path);
      else problems.push({ kind: 'foreign', paths: [c.path], records: 0 });
      continue;
    }
    if (!RECORD_KINDS.has(s.kind)) continue;
    const { device, own } = ownerOf(c, s, me);
    const key = s.kind === 'time' || s.kind === 'activity' ? `${s.kind}:${device}` : c.path;
    const g = groups.get(key) ?? { kind: s.kind, device, own, changes: [] };
    g.changes.push(c);
    groups.set(key, g);
  }
  return { groups: [...groups.values()], problems, dropped };
}

function union(list: (Records | null)[]): Records {
  const out: Records = new Map();
  for (const r of list) if (r) for (const [k, v] of r) out.set(k, v);
  return out;
}

/**
 * The problems with one group. `elsewhere`: ids held in the device's files that did not change (the
 * same on both sides), so a record moved there by a compaction is not missing.
 */
export function checkGroup(g: Group, elsewhere: ReadonlySet<string> = new Set()): Problem[] {
  // The usual cases, without reading every record: the remote holds this device's files as this
  // device last synced them (or, new files, neither it nor the base has them); another device's file
  // holds every line it held here, and more after.
  if (g.own && g.changes.every((c) => c.theirsIsBase || (c.theirs === null && c.base === null))) return [];
  if (!g.own && g.changes.every((c) => c.ours === null || (c.theirs !== null && appendedLines(g.kind, c.ours, c.theirs) !== null))) return [];
  const ours = union(g.changes.map((c) => recordsOf(g.kind, c.ours)));
  const theirs = union(g.changes.map((c) => recordsOf(g.kind, c.theirs)));
  const base = g.own ? union(g.changes.map((c) => recordsOf(g.kind, c.base))) : new Map() as Records;
  const count: Record<ProblemKind, number> = { deleted: 0, rewritten: 0, forged: 0, rewound: 0, link: 0, foreign: 0 };
  for (const [id, o] of ours) {
    const t = theirs.get(id);
    if (!t) {
      if (elsewhere.has(id)) continue;
      // This device's record the remote never had is one not pushed yet.
      if (!g.own || base.has(id)) count.deleted++;
      continue;
    }
    if (g.kind === 'settings') {
      const b = base.get(id);
      if (t.clock! < o.clock!) {
        if (!g.own || (b && t.clock! < b.clock!)) count.rewound++;
      } else if (t.clock === o.clock && !sameRecord(t, o)) count.rewritten++;
      else if (t.clock! > o.clock! && g.own) count.forged++;
    } else if (!sameRecord(t, o)) count.rewritten++;
  }
  if (g.own) for (const id of theirs.keys()) if (!ours.has(id) && !base.has(id)) count.forged++;
  const paths = g.changes.map((c) => c.path);
  return (Object.keys(count) as ProblemKind[]).filter((k) => count[k] > 0).map((kind) => ({ kind, paths, records: count[kind] }));
}
