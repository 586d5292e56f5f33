// state/repos: "<client><TAB><repo top folder>" per line, for the shell prompt and `tt status`, which
// must not run git or load client rules. Kept current whenever activity is read; a repo whose
// client is unknown is left out.
import type { Fs } from '../platform/fs.ts';
import { readIfExists, writeAtomic } from '../store/io.ts';

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
