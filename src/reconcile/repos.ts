// Which repos to read, and what git says about each: its top folder, its own user.email and its
// remote URLs (which `--remote` rules match). One `git config` process per repo gives both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import { expandHome, globToRegExp } from '../core/repo-rules.ts';
import type { Client } from '../core/client.ts';

export interface RepoInfo {
  top: string;
  email: string | null;
  remotes: string[];
}

function git(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, LC_ALL: 'C' } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', () => resolve({ code: -1, out: '' }));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

/** The repo at or above `path`, or null when there is none. */
export async function repoTop(path: string): Promise<string | null> {
  const r = await git(['-C', path, 'rev-parse', '--show-toplevel']);
  return r.code === 0 ? r.out.trim() || null : null;
}

/** A repository without a working tree: its commits were made elsewhere, in its clones. */
export async function isBare(path: string): Promise<boolean> {
  const r = await git(['-C', path, 'rev-parse', '--is-bare-repository']);
  return r.code === 0 && r.out.trim() === 'true';
}

export async function repoInfo(top: string): Promise<RepoInfo> {
  const r = await git(['-C', top, 'config', '--get-regexp', '^(user\\.email|remote\\..*\\.url)$']);
  let email: string | null = null;
  const remotes: string[] = [];
  for (const line of r.out.split('\n')) {
    const i = line.indexOf(' ');
    if (i < 0) continue;
    const key = line.slice(0, i).toLowerCase();
    const value = line.slice(i + 1).trim();
    if (key === 'user.email') email = value.toLowerCase();
    else if (value) remotes.push(value);
  }
  return { top, email, remotes };
}

const SKIP = new Set(['node_modules', '.git']);

/**
 * Repos on disk that a client's `--repo` rules name: a path, or a glob walked from its literal
 * prefix. A `**` glob is walked at most `maxDepth` folders deep, and never into a repo or a hidden or
 * node_modules folder, so a rule like ~/** stays bounded.
 */
export function expandRepoRules(fs: Fs, clients: readonly Client[], home: string, maxDepth = 6): string[] {
  const found = new Set<string>();
  for (const c of clients) {
    for (const rule of c.repos) {
      const pattern = expandHome(rule, home).replace(/\/+$/, '');
      if (!pattern.startsWith('/')) continue;
      const wild = pattern.search(/[*?]/);
      if (wild < 0) {
        if (isRepo(fs, pattern)) found.add(pattern);
        continue;
      }
      const base = pattern.slice(0, pattern.lastIndexOf('/', wild)) || '/';
      const depth = pattern.includes('**') ? maxDepth : pattern.slice(base.length).split('/').filter(Boolean).length;
      walk(fs, base, depth, globToRegExp(pattern), found);
    }
  }
  return [...found].sort();
}

function walk(fs: Fs, dir: string, depth: number, re: RegExp, found: Set<string>): void {
  if (depth <= 0) return;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (isRepo(fs, path)) {
      if (re.test(path)) found.add(path);
    } else if (isDir(fs, path)) walk(fs, path, depth - 1, re, found);
  }
}

function isRepo(fs: Fs, path: string): boolean {
  return fs.existsSync(join(path, '.git'));
}

function isDir(fs: Fs, path: string): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}
