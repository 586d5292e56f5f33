// What an import adds and what it leaves out, and why. Pure: the same records, clients, options and
// known origins always give the same plan. Checks run in this order: another person's, running,
// empty, repeated in the file, already in history, then mapping; so a record imported before is
// never refused for a name that no longer maps.
import type { Client } from '../core/client.ts';
import { mapRecord } from './mapping.ts';
import type { MappingOptions, PlannedEntry, Skipped, SourceRecord } from './types.ts';

export interface KnownOrigins {
  /** Origins of entries in history now. */
  live: ReadonlySet<string>;
  /** Origins of every entry ever imported and not undone, deleted ones included. */
  ever: ReadonlySet<string>;
}

export interface NameCount {
  name: string;
  records: number;
}

export interface ImportPlan {
  entries: PlannedEntry[];
  skipped: Skipped[];
  /** Source names that mapped to no client, with how many new records carry each. */
  unmapped: NameCount[];
  /** --map keys (lower-cased) that matched no record to add, when some record reached mapping. */
  unusedMaps: string[];
}

export function planImport(records: readonly SourceRecord[], clients: readonly Client[], opts: MappingOptions, known: KnownOrigins): ImportPlan {
  const entries: PlannedEntry[] = [];
  const skipped: Skipped[] = [];
  const unmapped = new Map<string, number>();
  const used = new Set<string>();
  const seen = new Set<string>();
  let mappedAny = false;
  for (const r of records) {
    const skip = (reason: Skipped['reason'], names?: string[]): void => void skipped.push({ origin: r.origin, where: r.where, reason, ...(names ? { names } : {}) });
    if (opts.user !== undefined && r.user?.toLowerCase() !== opts.user.toLowerCase()) skip('other-user');
    else if (r.end === null) skip('running');
    else if (r.end <= r.start) skip('empty');
    else if (seen.has(r.origin)) skip('duplicate-in-file');
    else if (known.live.has(r.origin)) skip('already-imported');
    else if (known.ever.has(r.origin)) skip('deleted-since-import');
    else {
      mappedAny = true;
      const m = mapRecord(r, clients, opts, used);
      if (!m.ok) {
        skip(m.reason, m.names);
        if (m.reason === 'unmapped') for (const n of m.names) unmapped.set(n, (unmapped.get(n) ?? 0) + 1);
      } else {
        const { client, project, tags } = m;
        entries.push({ origin: r.origin, where: r.where, start: r.start, end: r.end, client, ...(project ? { project } : {}), tags, ...(r.note ? { note: r.note } : {}) });
      }
    }
    seen.add(r.origin);
  }
  return {
    entries,
    skipped,
    unmapped: [...unmapped].map(([name, n]) => ({ name, records: n })).sort((a, b) => b.records - a.records || a.name.localeCompare(b.name)),
    unusedMaps: mappedAny ? [...opts.map.keys()].filter((k) => !used.has(k)) : [],
  };
}

/** Origins in history: those of live entries, and those of every import event not undone. */
export function knownOrigins(events: readonly { kind: string; action: string; origin?: string; undoes?: string }[], liveOrigins: Iterable<string | undefined>): KnownOrigins {
  const undone = new Set(events.flatMap((e) => (e.kind === 'undo' && e.undoes ? [e.undoes] : [])));
  const ever = new Set<string>();
  for (const e of events) if (e.kind === 'entry' && e.origin && !undone.has(e.action)) ever.add(e.origin);
  const live = new Set<string>();
  for (const o of liveOrigins) if (o) live.add(o);
  return { live, ever };
}
