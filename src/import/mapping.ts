// Which tt client a source record belongs to. Names come from the record's tags, project or client
// column (--client-from); a name maps through --map first, then a client's own name or one of its
// aliases, all case-insensitively. Nothing here creates a client: a name that maps nowhere is
// reported, so a typo in the source never becomes a new client.
import { findClient, type Client } from '../core/client.ts';
import type { MappingOptions, SourceRecord } from './types.ts';

export interface Target {
  client: string;
  project?: string;
}

export type Mapped =
  | { ok: true; client: string; project?: string; tags: string[] }
  | { ok: false; reason: 'unmapped' | 'ambiguous'; names: string[] };

export const NO_NAME = { tag: '(no tags)', project: '(no project)', client: '(no client)' } as const;

/** A source name's client, or null; `used` collects the --map keys that matched something. */
export function resolveName(name: string, clients: readonly Client[], opts: MappingOptions, used?: Set<string>): Target | null {
  const key = name.trim().toLowerCase();
  const mapped = opts.map.get(key);
  if (mapped) {
    used?.add(key);
    return mapped;
  }
  const c = findClient(clients, key) ?? clients.find((x) => x.aliases.some((a) => a.toLowerCase() === key));
  return c ? { client: c.name } : null;
}

/** tt tags are single words written +tag: spaces become dashes, a leading + goes, duplicates go. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const clean = t.trim().replace(/^\++/, '').replace(/[\s+]+/g, '-');
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out;
}

/** A record without a name maps only through `--map "(no tags)=CLIENT"` (and the like). */
function unnamed(r: SourceRecord, clients: readonly Client[], opts: MappingOptions, used?: Set<string>): Mapped {
  const name = NO_NAME[opts.clientFrom];
  const target = opts.map.has(name) ? resolveName(name, clients, opts, used) : null;
  if (!target) return { ok: false, reason: 'unmapped', names: [name] };
  const project = target.project ?? (opts.clientFrom === 'project' ? undefined : r.project ?? undefined);
  return { ok: true, client: target.client, ...(project ? { project } : {}), tags: cleanTags(r.tags) };
}

export function mapRecord(r: SourceRecord, clients: readonly Client[], opts: MappingOptions, used?: Set<string>): Mapped {
  if (opts.clientFrom === 'tag') {
    if (!r.tags.length) return unnamed(r, clients, opts, used);
    const hits = r.tags.map((t) => ({ tag: t, target: resolveName(t, clients, opts, used) }));
    const found = hits.filter((h) => h.target);
    const distinct = [...new Set(found.map((h) => h.target!.client))];
    if (!distinct.length) return { ok: false, reason: 'unmapped', names: [...r.tags] };
    if (distinct.length > 1) return { ok: false, reason: 'ambiguous', names: found.map((h) => `${h.tag}→${h.target!.client}`) };
    // The tags that named the client are not tags of the entry; the rest stay.
    const project = found.map((h) => h.target!.project).find(Boolean) ?? r.project ?? undefined;
    const tags = cleanTags(hits.filter((h) => !h.target).map((h) => h.tag));
    return { ok: true, client: distinct[0]!, ...(project ? { project } : {}), tags };
  }
  const name = opts.clientFrom === 'project' ? r.project : r.client;
  if (!name?.trim()) return unnamed(r, clients, opts, used);
  const target = resolveName(name, clients, opts, used);
  if (!target) return { ok: false, reason: 'unmapped', names: [name.trim()] };
  // From a project the source project became the client; from a client column the project stays.
  const project = target.project ?? (opts.clientFrom === 'client' ? r.project ?? undefined : undefined);
  return { ok: true, client: target.client, ...(project ? { project } : {}), tags: cleanTags(r.tags) };
}
