// Filesystems on which one folder misbehaves, the way a folder without permissions or on a
// read-only mount does for an ordinary user; everything outside it passes through to the real
// filesystem. Tests run as root, which ignores permissions, so chmod cannot stage these.
//  - unreadableFs(dir): dir can be stat'ed, but listing it, or reaching anything inside it, fails.
//  - readOnlyFs(dir, after): reads work; every change inside dir (or to dir itself) fails once
//    `after` changes have gone through.
//  - fullDiskFs(dir, after): like a full disk: once `after` changes have gone through, new files and
//    folders fail (ENOSPC) but renames and removals, which need no space, still work.
import { join } from 'node:path';
import { faultError, makeFs, type Fs } from '../../src/platform/fs.ts';

type Op = (path: string, ...rest: never[]) => unknown;

function fenced(real: Fs, fail: (syscall: string, path: string) => boolean, code: string, existsInside: (p: string) => boolean): Fs {
  const guard = <F extends Op>(syscall: string, fn: F): F =>
    ((path: string, ...rest: never[]) => {
      if (fail(syscall, path)) throw faultError(code, syscall, path);
      return fn(path, ...rest);
    }) as F;
  const rename = (from: string, to: string): void => {
    if (fail('rename', to) || fail('rename', from)) throw faultError(code, 'rename', to);
    real.renameSync(from, to);
  };
  const open = (path: string, flags: string, mode?: number): number => {
    if (fail(flags === 'r' ? 'open' : 'write', path)) throw faultError(code, 'open', path);
    return real.openSync(path, flags, mode);
  };
  // Every member spelled out: spreading node:fs reads its deprecated constants (a warning on Node 24).
  return {
    readFileSync: guard('open', real.readFileSync.bind(real) as Op) as Fs['readFileSync'],
    existsSync: (p) => existsInside(p) && real.existsSync(p),
    readdirSync: guard('scandir', real.readdirSync.bind(real)),
    statSync: guard('stat', real.statSync.bind(real)),
    lstatSync: guard('lstat', real.lstatSync.bind(real)),
    statfsSync: real.statfsSync.bind(real),
    mkdirSync: guard('mkdir', real.mkdirSync.bind(real)),
    openSync: open,
    writeSync: real.writeSync.bind(real),
    fsyncSync: real.fsyncSync.bind(real),
    closeSync: real.closeSync.bind(real),
    readSync: real.readSync.bind(real),
    renameSync: rename,
    unlinkSync: guard('unlink', real.unlinkSync.bind(real)),
    rmdirSync: guard('rmdir', real.rmdirSync.bind(real)),
    chmodSync: guard('chmod', real.chmodSync.bind(real)),
  };
}

const under = (dir: string, p: string): boolean => p.startsWith(join(dir, '/'));

export function unreadableFs(dir: string, code = 'EACCES'): Fs {
  const READS = new Set(['scandir']);
  return fenced(makeFs({}), (syscall, p) => under(dir, p) || (p === dir && READS.has(syscall)), code, (p) => !under(dir, p));
}

const CHANGES = new Set(['write', 'mkdir', 'rename', 'unlink', 'rmdir', 'chmod']);

export function readOnlyFs(dir: string, after = 0, code = 'EROFS'): Fs {
  let budget = after;
  return fenced(makeFs({}), (syscall, p) => CHANGES.has(syscall) && (under(dir, p) || p === dir) && budget-- <= 0, code, () => true);
}

const NEEDS_SPACE = new Set(['write', 'mkdir']);

export function fullDiskFs(dir: string, after = 0): Fs {
  let budget = after;
  return fenced(makeFs({}), (syscall, p) => (under(dir, p) || p === dir) && (CHANGES.has(syscall) ? budget-- <= 0 : false) && NEEDS_SPACE.has(syscall), 'ENOSPC', () => true);
}
