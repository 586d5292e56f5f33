// state/repos: "<client><TAB><repo top folder>" per line, the map of repos to clients that the shell
// prompt reads with builtins and `tt status` reads for its nudges. state/repos.checked: the
// clients.json the map was decided against (its size and time) and the repos found to belong to no
// client, so each repo is decided once per change of the clients. Written with git's answers when
// activity is read, and for repos not decided yet by the fold, `tt status` and `tt client
// add|set|remove` (repo-decide.ts).
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import type { Paths } from './paths.ts';
import { readIfExists, writeAtomic } from './io.ts';

export function parseRepoMap(text: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of (text ?? '').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(tab + 1), line.slice(0, tab));
  }
  return map;
}

export function formatRepoMap(map: ReadonlyMap<string, string>): string {
  return [...map]
    .filter(([top]) => !/[\t\n]/.test(top))
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([top, client]) => `${client}\t${top}\n`)
    .join('');
}

export function writeRepoMap(fs: Fs, path: string, found: ReadonlyMap<string, string | null>): void {
  const old = readIfExists(fs, path);
  const map = parseRepoMap(old);
  for (const [top, client] of found) {
    if (client) map.set(top, client);
    else map.delete(top);
  }
  const text = formatRepoMap(map);
  if (text !== (old ?? '')) writeAtomic(fs, path, text);
}

export function readRepoMap(fs: Fs, path: string): Map<string, string> {
  try {
    return parseRepoMap(readIfExists(fs, path));
  } catch {
    return new Map();
  }
}

export const repoMapPath = (p: Paths): string => join(p.state, 'repos');
export const checkedPath = (p: Paths): string => join(p.state, 'repos.checked');

/** What is decided: the map, the repos of no client, and whether clients.json changed since. */
export interface Decided {
  map: Map<string, string>;
  none: Set<string>;
  stale: boolean;
}

/** clients.json's size and modification time: a change of any client makes every decision stale. */
export function clientsStamp(fs: Fs, p: Paths): string {
  try {
    const s = fs.statSync(p.clients);
    return `${s.size} ${s.mtimeMs}`;
  } catch {
    return 'none';
  }
}

export function readDecided(fs: Fs, p: Paths): Decided {
  const map = readRepoMap(fs, repoMapPath(p));
  try {
    const doc = JSON.parse(readIfExists(fs, checkedPath(p)) ?? 'null') as { clients?: unknown; none?: unknown } | null;
    if (doc && typeof doc.clients === 'string' && Array.isArray(doc.none)) {
      const none = new Set(doc.none.filter((t): t is string => typeof t === 'string'));
      return { map, none, stale: doc.clients !== clientsStamp(fs, p) };
    }
  } catch {
    /* a damaged file is decided again */
  }
  return { map, none: new Set(), stale: true };
}

/** The repos among `tops` not decided against the current clients; every known one when they changed. */
export function undecided(d: Decided, tops: Iterable<string>): string[] {
  const all = new Set(tops);
  if (!d.stale) return [...all].filter((t) => !d.map.has(t) && !d.none.has(t));
  for (const t of [...d.map.keys(), ...d.none]) all.add(t);
  return [...all];
}
