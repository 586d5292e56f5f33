// hooks.json in the data folder: every hooks folder tt installed into, and what --global changed,
// so that `tt hooks status` can list them and uninstall can put back exactly what was there.
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import { readIfExists, writeAtomic } from '../store/io.ts';
import { DataError } from '../core/errors.ts';

export interface RepoEntry {
  hooksDir: string;
  top: string;
  createdDir: boolean; // tt created the hooks folder, so uninstall removes it when empty
  at: string; // ISO instant of the install
}

export interface GlobalEntry {
  templateDir: string;
  /** 'own': tt made the template folder and set init.templateDir; 'in-place': tt added to the user's. */
  mode: 'own' | 'in-place';
  configFile: string; // the global git config file tt changed ('own' only)
  configBefore: string | null; // its bytes before (null: it did not exist)
  configAfter: string | null; // its bytes right after tt's change
  previous: string | null; // init.templateDir before, when set elsewhere (system config)
  createdDir: boolean;
}

export interface Registry {
  version: 1;
  repos: RepoEntry[];
  global: GlobalEntry | null;
}

export function registryPath(root: string): string {
  return join(root, 'hooks.json');
}

export function readRegistry(fs: Fs, root: string): Registry {
  const path = registryPath(root);
  const text = readIfExists(fs, path);
  if (text === null) return { version: 1, repos: [], global: null };
  try {
    const doc = JSON.parse(text) as Registry;
    if (doc.version !== 1 || !Array.isArray(doc.repos)) throw new Error('bad shape');
    return { version: 1, repos: doc.repos.filter((r) => typeof r?.hooksDir === 'string'), global: doc.global ?? null };
  } catch {
    throw new DataError(`${path} is damaged; it was left as it is`, 'Move it away: tt then forgets which repos it installed into (their hooks keep working).');
  }
}

export function writeRegistry(fs: Fs, root: string, reg: Registry): void {
  const repos = [...reg.repos].sort((a, b) => a.top.localeCompare(b.top));
  writeAtomic(fs, registryPath(root), `${JSON.stringify({ ...reg, repos }, null, 2)}\n`);
}

export function remember(reg: Registry, entry: RepoEntry): Registry {
  const old = reg.repos.find((r) => r.hooksDir === entry.hooksDir);
  const kept = { ...entry, createdDir: old ? old.createdDir : entry.createdDir };
  return { ...reg, repos: [...reg.repos.filter((r) => r.hooksDir !== entry.hooksDir), kept] };
}

export function forget(reg: Registry, hooksDir: string): Registry {
  return { ...reg, repos: reg.repos.filter((r) => r.hooksDir !== hooksDir) };
}
