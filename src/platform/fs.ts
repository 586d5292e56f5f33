// The filesystem tt writes through. TT_FAULT=ENOSPC|EACCES|EROFS makes every write fail the way a
// full disk, a forbidden folder or a read-only mount does (tests run as root, which ignores
// permissions, so real faults cannot be staged); TT_FAULT_AFTER=N lets the first N writes succeed.
import * as nodeFs from 'node:fs';

export interface Fs {
  readFileSync(path: string, enc: 'utf8'): string;
  readFileSync(path: string): Buffer;
  existsSync(path: string): boolean;
  readdirSync(path: string): string[];
  statSync(path: string): nodeFs.Stats;
  mkdirSync(path: string, opts: { recursive: true; mode: number }): void;
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, data: string | Uint8Array): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  /** Positioned reads: a derived index is read a part at a time (src/calendar/derived.ts). */
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  rmdirSync(path: string): void;
  chmodSync(path: string, mode: number): void;
}

const FAULTS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  EIO: 'i/o error',
};

export function faultError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  const e = new Error(`${code}: ${FAULTS[code] ?? 'fault'}, ${syscall} '${path}'`) as NodeJS.ErrnoException;
  e.code = code;
  e.syscall = syscall;
  e.path = path;
  return e;
}

export function makeFs(env: Record<string, string | undefined>): Fs {
  const real: Fs = nodeFs as unknown as Fs;
  const code = env.TT_FAULT;
  if (!code) return real;
  let budget = Number(env.TT_FAULT_AFTER ?? 0);
  const fail = (syscall: string, path: string): void => {
    if (budget-- > 0) return;
    throw faultError(code, syscall, path);
  };
  // A full disk refuses new files and data; removing a file or renaming one over another needs no
  // space, so under ENOSPC those still work, as they do on a real full disk (a read-only or
  // forbidden folder refuses them too).
  const failUnlessFull = (syscall: string, path: string): void => {
    if (code !== 'ENOSPC') fail(syscall, path);
  };
  // Every member spelled out: spreading node:fs would read its deprecated F_OK..X_OK, which Node 24
  // warns about on stderr.
  return {
    readFileSync: real.readFileSync.bind(real),
    existsSync: real.existsSync.bind(real),
    readdirSync: real.readdirSync.bind(real),
    statSync: real.statSync.bind(real),
    mkdirSync: (p, o) => (fail('mkdir', p), real.mkdirSync(p, o)),
    openSync: (p, f, m) => {
      if (f !== 'r') fail('open', p);
      return real.openSync(p, f, m);
    },
    writeSync: real.writeSync.bind(real),
    fsyncSync: real.fsyncSync.bind(real),
    closeSync: real.closeSync.bind(real),
    readSync: real.readSync.bind(real),
    renameSync: (a, b) => (failUnlessFull('rename', b), real.renameSync(a, b)),
    unlinkSync: (p) => (failUnlessFull('unlink', p), real.unlinkSync(p)),
    rmdirSync: (p) => (failUnlessFull('rmdir', p), real.rmdirSync(p)),
    chmodSync: real.chmodSync.bind(real),
  };
}
