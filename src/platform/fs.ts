// The filesystem tt writes through, and the faults tests inject into it (tests run as root, which
// ignores permissions, and a real full disk is hard to stage, so real faults cannot be relied on):
//   TT_FAULT=ENOSPC|EDQUOT|EACCES|EROFS|EIO  the operation fails with this error, the way a full disk,
//                                           a used-up quota, a forbidden folder or a read-only mount does
//   TT_FAULT=SHORT     a write stores only part of its bytes and reports so (as write(2) does when the
//                      disk fills up during it); from then on the disk is full: every later write fails
//                      with ENOSPC
//   TT_FAULT=PARTIAL   every write stores at most half of what it was given (at least one byte) and
//                      reports so, but the disk never fills: a writer that loops gets everything through
//   TT_FAULT_AFTER=N   the first N operations that can fault succeed, then the fault starts
//   TT_FAULT_OPS=a,b   only these operations can fault (and only they are counted): mkdir, open, write,
//                      fsync, rename, unlink. Default: for ENOSPC and EDQUOT the ones that need space
//                      (mkdir, open, write, fsync: a rename or an unlink needs none), for SHORT and
//                      PARTIAL write, for the others all of them.
import * as nodeFs from 'node:fs';

export interface Fs {
  readFileSync(path: string, enc: 'utf8'): string;
  readFileSync(path: string): Buffer;
  existsSync(path: string): boolean;
  readdirSync(path: string): string[];
  statSync(path: string): nodeFs.Stats;
  lstatSync(path: string): nodeFs.Stats;
  statfsSync(path: string): { bsize: number; bavail: number };
  mkdirSync(path: string, opts: { recursive: true; mode: number }): void;
  openSync(path: string, flags: string | number, mode?: number): number;
  /** Writes `length` bytes of `data` from `offset`; returns how many it wrote, which may be fewer. */
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
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
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  EIO: 'i/o error',
};

export function faultError(code: string, syscall: string, path: string | undefined): NodeJS.ErrnoException {
  const e = new Error(`${code}: ${FAULTS[code] ?? 'fault'}, ${syscall}${path ? ` '${path}'` : ''}`) as NodeJS.ErrnoException;
  e.code = code;
  e.syscall = syscall;
  if (path) e.path = path;
  return e;
}

const OPS = ['mkdir', 'open', 'write', 'fsync', 'rename', 'unlink'] as const;
type Op = (typeof OPS)[number];
const WRITE_FLAGS = nodeFs.constants.O_WRONLY | nodeFs.constants.O_RDWR;

function defaultOps(code: string): Set<string> {
  if (code === 'ENOSPC' || code === 'EDQUOT') return new Set(['mkdir', 'open', 'write', 'fsync']);
  return new Set(OPS);
}

export function makeFs(env: Record<string, string | undefined>): Fs {
  const real: Fs = nodeFs;
  const code = env.TT_FAULT;
  if (!code) return real;
  let budget = Number(env.TT_FAULT_AFTER ?? 0);
  const counted = (): boolean => budget-- <= 0;
  // Writes shortened: SHORT once (and then the disk is full), PARTIAL every time.
  if (code === 'SHORT' || code === 'PARTIAL') {
    let full = false;
    return {
      ...passThrough(real),
      statfsSync: (p) => (full ? { bsize: 4096, bavail: 0 } : real.statfsSync(p)),
      writeSync: (fd, data, offset, length) => {
        if (full) throw faultError('ENOSPC', 'write', undefined);
        if (length < 2 || !counted()) return real.writeSync(fd, data, offset, length);
        if (code === 'SHORT') full = true;
        return real.writeSync(fd, data, offset, code === 'SHORT' ? Math.floor(length / 2) : Math.ceil(length / 2));
      },
    };
  }
  const ops = env.TT_FAULT_OPS ? new Set(env.TT_FAULT_OPS.split(',').map((s) => s.trim())) : defaultOps(code);
  let started = false;
  const fail = (op: Op, syscall: string, path?: string): void => {
    if (!ops.has(op) || !counted()) return;
    started = true;
    throw faultError(code, syscall, path);
  };
  return {
    ...passThrough(real),
    // A disk that ran full says so here too, so messages show what a user would see.
    statfsSync: (p) => (started && (code === 'ENOSPC' || code === 'EDQUOT') ? { bsize: 4096, bavail: 0 } : real.statfsSync(p)),
    mkdirSync: (p, o) => (fail('mkdir', 'mkdir', p), real.mkdirSync(p, o)),
    openSync: (p, f, m) => {
      if (typeof f === 'number' ? (f & WRITE_FLAGS) !== 0 : f !== 'r') fail('open', 'open', p);
      return real.openSync(p, f, m);
    },
    writeSync: (fd, data, offset, length) => (fail('write', 'write'), real.writeSync(fd, data, offset, length)),
    fsyncSync: (fd) => (fail('fsync', 'fsync'), real.fsyncSync(fd)),
    renameSync: (a, b) => (fail('rename', 'rename', b), real.renameSync(a, b)),
    unlinkSync: (p) => (fail('unlink', 'unlink', p), real.unlinkSync(p)),
    rmdirSync: (p) => (fail('unlink', 'rmdir', p), real.rmdirSync(p)),
  };
}

// Every member spelled out: spreading node:fs would read its deprecated F_OK..X_OK, which Node 24
// warns about on stderr.
function passThrough(real: Fs): Fs {
  return {
    readFileSync: real.readFileSync.bind(real),
    existsSync: real.existsSync.bind(real),
    readdirSync: real.readdirSync.bind(real),
    statSync: real.statSync.bind(real),
    lstatSync: real.lstatSync.bind(real),
    statfsSync: real.statfsSync.bind(real),
    mkdirSync: real.mkdirSync.bind(real),
    openSync: real.openSync.bind(real),
    writeSync: real.writeSync.bind(real),
    fsyncSync: real.fsyncSync.bind(real),
    closeSync: real.closeSync.bind(real),
    readSync: real.readSync.bind(real),
    renameSync: real.renameSync.bind(real),
    unlinkSync: real.unlinkSync.bind(real),
    rmdirSync: real.rmdirSync.bind(real),
    chmodSync: real.chmodSync.bind(real),
  };
}
