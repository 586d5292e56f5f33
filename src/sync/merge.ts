// What the merged data folder holds at each path that differs between this device's last commit
// (ours) and the remote (theirs), once verify.ts has found nothing taken away. Pure.
//  - This device's own files: ours (the remote holds an older copy, or the same).
//  - Another device's files: theirs (that device's newer copy, holding everything ours holds).
//  - An invoice: the one that exists (written once, so both copies are the same invoice).
//  - Calendars (replaced whole by whoever imports): the side that changed since the base; changed
//    on both, ours, and the sync says so.
//  - .gitignore: ours. Machine files and paths that are not tt's: left out of the merge.
// With `restore`, a record file the remote took something from (or wrote in this device's name)
// gets every record of both copies.
import { machinePath, syncedPath } from './paths.ts';
import { unionText } from './records.ts';
import { ownerOf, type Change } from './verify.ts';

export type Choice = { take: 'ours' } | { take: 'theirs' } | { take: 'text'; text: string | null } | { take: 'remove' };

export interface Oids {
  ours: string | null;
  theirs: string | null;
  base: string | null;
}

export function choose(c: Change, oids: Oids, me: string, damaged: ReadonlySet<string>, restore: boolean): { choice: Choice; note?: string } {
  const s = syncedPath(c.path);
  if (!s || machinePath(c.path) || c.theirsMode === '120000' || c.theirsMode === '160000') return { choice: { take: 'remove' } };
  switch (s.kind) {
    case 'ignore-file':
      return { choice: c.ours === null ? { take: 'theirs' } : { take: 'ours' } };
    case 'calendar': {
      if (oids.ours === oids.base) return { choice: { take: 'theirs' } };
      if (oids.theirs === oids.base) return { choice: { take: 'ours' } };
      return { choice: { take: 'ours' }, note: `${c.path} was changed on two devices; this device's version was kept` };
    }
    case 'invoice':
      if (c.ours === null) return { choice: { take: 'theirs' } };
      if (c.theirs === null) return { choice: { take: 'ours' } };
      return { choice: damaged.has(c.path) && restore ? { take: 'ours' } : { take: 'theirs' } };
    default: {
      // Restoring keeps every record of both copies, this device's own included: a record the
      // remote holds under this device's id (another machine with the same id) is kept too.
      if (damaged.has(c.path) && restore) return { choice: { take: 'text', text: unionText(s.kind, c.ours, c.theirs) } };
      return { choice: ownerOf(c, s, me).own ? { take: 'ours' } : { take: 'theirs' } };
    }
  }
}
