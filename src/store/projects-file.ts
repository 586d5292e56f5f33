// state/projects: "<client><TAB><project>" per line, the projects tt has seen, for shell completion
// (`tt start acme/<TAB>`), which reads small files only and never history. Derived: written whole
// when a read command has read every entry, and a line added when start or add names a new project.
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import type { Paths } from './paths.ts';
import { readIfExists, writeAtomic } from './io.ts';

export const projectsPath = (p: Paths): string => join(p.state, 'projects');

export function readProjects(fs: Fs, p: Paths): string[] {
  try {
    return (readIfExists(fs, projectsPath(p)) ?? '').split('\n').filter((l) => l.includes('\t'));
  } catch {
    return [];
  }
}

const clean = (s: string): boolean => !/[\t\n\r]/.test(s);

/** `pairs` as the whole list (`replace`) or added to it; written only when it changes. Never throws. */
export function noteProjects(fs: Fs, p: Paths, pairs: Iterable<readonly [string, string | undefined]>, replace = false): void {
  try {
    if (!fs.existsSync(p.root)) return;
    const old = readProjects(fs, p);
    const lines = new Set(replace ? [] : old);
    for (const [client, project] of pairs) if (project && clean(client) && clean(project)) lines.add(`${client}\t${project}`);
    const next = [...lines].sort();
    if (next.join('\n') === old.join('\n')) return;
    writeAtomic(fs, projectsPath(p), next.map((l) => `${l}\n`).join(''), { derived: true });
  } catch {
    /* completion is a convenience: a read-only data folder never fails a command for it */
  }
}
