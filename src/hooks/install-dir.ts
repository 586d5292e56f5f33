// Installing into one hooks folder, and putting back what was there. A hook tt finds is renamed to
// <name>.tt-orig (a rename keeps its bytes, mode and time exactly) and tt's hook runs it first;
// uninstall renames it back. A saved original is never overwritten: when another tool replaced tt's
// hook and tt is installed again, the hook saved before moves to the next free <name>.tt-orig.N
// (numbers only grow, so .1 is the oldest) and the one found now becomes <name>.tt-orig, the one tt
// chains. Uninstall puts back <name>.tt-orig, what was there last, and leaves the numbered ones.
// Every change is undone when a later one fails, so a folder is changed fully or not at all. A hooks
// folder tt had to create is removed again when it is empty.
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import { ensureDir, envFailure, readIfExists, writeAtomic } from '../store/io.ts';
import { isTtHook, ORIG_SUFFIX, renderHook } from './templates.ts';
import { HOOK_NAMES, type HookName } from '../core/activity-records.ts';

export type InstallAction = 'installed' | 'chained' | 'updated';
export type UninstallAction = 'removed' | 'restored' | 'absent' | 'foreign';

export interface HookChange<A> {
  hook: HookName;
  path: string;
  action: A;
  /** Originals saved earlier that tt keeps but no longer runs (<hook>.tt-orig.N), oldest first. */
  kept: string[];
  /** Install: a hook that was not tt's stood where tt's hook should be (another tool replaced it). */
  replacedTt?: boolean;
}

type Undo = () => void;

export function installInDir(fs: Fs, dir: string, dataDir: string): { created: boolean; changes: HookChange<InstallAction>[] } {
  const created = !fs.existsSync(dir);
  const undo: Undo[] = [];
  try {
    ensureDir(fs, dir);
    if (created) undo.push(() => fs.rmdirSync(dir));
    const changes = HOOK_NAMES.map((hook) => installHook(fs, dir, hook, dataDir, undo));
    return { created, changes };
  } catch (err) {
    rollBack(undo);
    throw err;
  }
}

/** Undoes the changes made so far, newest first; one that cannot be undone does not stop the rest. */
function rollBack(undo: Undo[]): void {
  for (const u of undo.reverse()) {
    try {
      u();
    } catch {
      /* the folder refuses even this: the error already thrown says why */
    }
  }
}

/** <hook>.tt-orig.N files in the folder, oldest (lowest N) first. */
export function numberedOriginals(fs: Fs, dir: string, hook: HookName): string[] {
  const re = new RegExp(`^${hook}\\${ORIG_SUFFIX}\\.(\\d+)$`);
  return fs
    .readdirSync(dir)
    .map((n) => ({ n, m: re.exec(n) }))
    .filter((x) => x.m)
    .sort((a, b) => Number(a.m![1]) - Number(b.m![1]))
    .map((x) => x.n);
}

function installHook(fs: Fs, dir: string, hook: HookName, dataDir: string, undo: Undo[]): HookChange<InstallAction> {
  const path = join(dir, hook);
  const orig = `${path}${ORIG_SUFFIX}`;
  const current = readIfExists(fs, path);
  let action: InstallAction = 'installed';
  const replacedTt = current !== null && !isTtHook(current) && fs.existsSync(orig);
  try {
    if (current !== null && !isTtHook(current)) {
      // A hook that is not tt's: it becomes the hook tt chains to. One saved before (tt's hook was
      // replaced since) moves to the next free number first: no saved original is ever overwritten.
      if (fs.existsSync(orig)) {
        const taken = numberedOriginals(fs, dir, hook).map((n) => Number(n.slice(hook.length + ORIG_SUFFIX.length + 1)));
        const older = `${orig}.${Math.max(0, ...taken) + 1}`;
        if (fs.existsSync(older)) throw new Error(`${older} exists`); // cannot be: it is above every number taken
        fs.renameSync(orig, older);
        undo.push(() => fs.renameSync(older, orig));
      }
      fs.renameSync(path, orig);
      undo.push(() => fs.renameSync(orig, path));
      action = 'chained';
    } else if (current !== null) {
      action = 'updated';
      undo.push(() => {
        writeAtomic(fs, path, current);
        fs.chmodSync(path, 0o755);
      });
    } else {
      undo.push(() => fs.unlinkSync(path));
    }
    writeAtomic(fs, path, renderHook(hook, dataDir, readIfExists(fs, orig)));
    fs.chmodSync(path, 0o755);
  } catch (err) {
    throw envFailure(err, `install the ${hook} hook in ${dir}`);
  }
  const kept = numberedOriginals(fs, dir, hook);
  return { hook, path, action: action === 'installed' && fs.existsSync(orig) ? 'chained' : action, kept, ...(replacedTt ? { replacedTt } : {}) };
}

export function uninstallFromDir(fs: Fs, dir: string, removeDirIfEmpty: boolean): HookChange<UninstallAction>[] {
  const undo: Undo[] = [];
  let changes: HookChange<UninstallAction>[];
  try {
    changes = HOOK_NAMES.map((hook) => uninstallHook(fs, dir, hook, undo));
  } catch (err) {
    rollBack(undo);
    throw err;
  }
  if (removeDirIfEmpty) {
    try {
      if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
    } catch {
      /* not empty or already gone: leave it */
    }
  }
  return changes;
}

function uninstallHook(fs: Fs, dir: string, hook: HookName, undo: Undo[]): HookChange<UninstallAction> {
  const path = join(dir, hook);
  const orig = `${path}${ORIG_SUFFIX}`;
  const current = readIfExists(fs, path);
  const kept = numberedOriginals(fs, dir, hook);
  if (current === null) return { hook, path, action: 'absent', kept };
  if (!isTtHook(current)) return { hook, path, action: 'foreign', kept };
  try {
    if (fs.existsSync(orig)) {
      // What was there last comes back; older saved ones stay where they are (and are listed).
      fs.renameSync(orig, path);
      undo.push(() => {
        fs.renameSync(path, orig);
        writeAtomic(fs, path, current);
        fs.chmodSync(path, 0o755);
      });
      return { hook, path, action: 'restored', kept };
    }
    fs.unlinkSync(path);
    undo.push(() => {
      writeAtomic(fs, path, current);
      fs.chmodSync(path, 0o755);
    });
  } catch (err) {
    throw envFailure(err, `remove the ${hook} hook from ${dir}`);
  }
  return { hook, path, action: 'removed', kept };
}
