// Installing into one hooks folder, and putting back what was there. A hook tt finds is renamed to
// <name>.tt-orig (a rename keeps its bytes, mode and time exactly) and tt's hook runs it first;
// uninstall renames it back. A hooks folder tt had to create is removed again when it is empty.
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import { ensureDir, envFailure, readIfExists, writeAtomic } from '../store/io.ts';
import { isTtHook, ORIG_SUFFIX, renderHook } from './templates.ts';
import { HOOK_NAMES, type HookName } from './types.ts';

export type InstallAction = 'installed' | 'chained' | 'updated';
export type UninstallAction = 'removed' | 'restored' | 'absent' | 'foreign';

export interface HookChange<A> {
  hook: HookName;
  path: string;
  action: A;
}

export function installInDir(fs: Fs, dir: string, dataDir: string): { created: boolean; changes: HookChange<InstallAction>[] } {
  const created = !fs.existsSync(dir);
  ensureDir(fs, dir);
  const changes = HOOK_NAMES.map((hook) => installHook(fs, dir, hook, dataDir));
  return { created, changes };
}

function installHook(fs: Fs, dir: string, hook: HookName, dataDir: string): HookChange<InstallAction> {
  const path = join(dir, hook);
  const orig = `${path}${ORIG_SUFFIX}`;
  const current = readIfExists(fs, path);
  let action: InstallAction = 'installed';
  try {
    if (current !== null && !isTtHook(current)) {
      // Something replaced tt's hook (a hook manager reinstalling): it becomes the hook tt chains to.
      fs.renameSync(path, orig);
      action = 'chained';
    } else if (current !== null) action = 'updated';
    writeAtomic(fs, path, renderHook(hook, dataDir, readIfExists(fs, orig)));
    fs.chmodSync(path, 0o755);
  } catch (err) {
    throw envFailure(err, `install the ${hook} hook in ${dir}`);
  }
  return { hook, path, action: action === 'installed' && fs.existsSync(orig) ? 'chained' : action };
}

export function uninstallFromDir(fs: Fs, dir: string, removeDirIfEmpty: boolean): HookChange<UninstallAction>[] {
  const changes = HOOK_NAMES.map((hook): HookChange<UninstallAction> => {
    const path = join(dir, hook);
    const orig = `${path}${ORIG_SUFFIX}`;
    const current = readIfExists(fs, path);
    if (current === null) return { hook, path, action: 'absent' };
    if (!isTtHook(current)) return { hook, path, action: 'foreign' };
    try {
      if (fs.existsSync(orig)) {
        fs.renameSync(orig, path);
        return { hook, path, action: 'restored' };
      }
      fs.unlinkSync(path);
    } catch (err) {
      throw envFailure(err, `remove the ${hook} hook from ${dir}`);
    }
    return { hook, path, action: 'removed' };
  });
  if (removeDirIfEmpty) {
    try {
      if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
    } catch {
      /* not empty or already gone: leave it */
    }
  }
  return changes;
}
