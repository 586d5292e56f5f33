// A filesystem on which one folder cannot be read, the way a folder without read and search
// permission behaves for an ordinary user: it can be stat'ed, but listing it, or reaching anything
// inside it, fails with EACCES. Tests run as root, which ignores permissions, so chmod cannot stage
// this; everything else passes through to the real filesystem.
import { join } from 'node:path';
import { faultError, makeFs, type Fs } from '../../src/platform/fs.ts';

export function unreadableFs(dir: string, code = 'EACCES'): Fs {
  const real = makeFs({});
  const inside = (p: string): boolean => p.startsWith(join(dir, '/'));
  const guard = <A extends unknown[], R>(syscall: string, fn: (path: string, ...a: A) => R, self = false) =>
    (path: string, ...a: A): R => {
      if (inside(path) || (self && path === dir)) throw faultError(code, syscall, path);
      return fn(path, ...a);
    };
  // Every member spelled out: spreading node:fs reads its deprecated constants (a warning on Node 24).
  return {
    writeSync: real.writeSync.bind(real),
    fsyncSync: real.fsyncSync.bind(real),
    closeSync: real.closeSync.bind(real),
    readFileSync: guard('open', real.readFileSync.bind(real) as (p: string, ...a: unknown[]) => never) as Fs['readFileSync'],
    existsSync: (p) => !inside(p) && real.existsSync(p),
    readdirSync: guard('scandir', real.readdirSync.bind(real), true),
    statSync: guard('stat', real.statSync.bind(real)),
    mkdirSync: guard('mkdir', real.mkdirSync.bind(real)),
    openSync: guard('open', real.openSync.bind(real)),
    renameSync: guard('rename', real.renameSync.bind(real)),
    unlinkSync: guard('unlink', real.unlinkSync.bind(real)),
    rmdirSync: guard('rmdir', real.rmdirSync.bind(real)),
    chmodSync: guard('chmod', real.chmodSync.bind(real)),
  };
}
