// A filesystem or stream error that reaches the error boundary is the environment's doing (a file
// where the data folder should be, a folder tt may not read, a full device behind stdout), not a
// bug: it becomes exit 4 with the path and what to do. Writers inside the store word their own
// failures (store/io.ts envFailure); this catches every read and write that did not.
import type { Ctx } from '../platform/context.ts';
import { EnvError } from '../core/errors.ts';
import { dataDir } from './paths.ts';

const WHAT: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  ENOENT: 'no such file or directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBADF: 'bad file descriptor',
  ENXIO: 'no such device',
  EINVAL: 'invalid argument',
};

const HINT: Record<string, string> = {
  ENOSPC: 'The disk is full: free some space and run the command again.',
  EDQUOT: 'The disk quota is used up: free some space and run the command again.',
  EIO: 'The device reported a hardware or connection error: check the disk (or the mount) and try again.',
  EACCES: 'tt may not use this path: fix its permissions, or point TT_HOME at a folder you own.',
  EPERM: 'tt may not use this path: fix its permissions, or point TT_HOME at a folder you own.',
  EROFS: 'The file system is read-only.',
  ENOTDIR: 'Part of the path is a file, not a folder.',
  EISDIR: 'A folder is where tt expects a file: move it away.',
  ENOENT: 'A file or folder was removed while tt used it: run the command again.',
  EMFILE: 'Too many files are open: close some programs and try again.',
  ENFILE: 'Too many files are open: close some programs and try again.',
};

const READS = new Set(['open', 'read', 'scandir', 'stat', 'lstat', 'fstat', 'readlink', 'realpath', 'access']);

/** The boundary's answer to an error with an errno code; null for anything else (a bug). */
export function errnoFailure(err: unknown, ctx: Ctx): EnvError | null {
  const e = err as NodeJS.ErrnoException | null;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string' || !/^E[A-Z]+$/.test(e.code) || typeof e.syscall !== 'string') return null;
  const root = dataDir(ctx);
  if (e.code === 'ENOTDIR' && isFileNotFolder(ctx, root)) {
    return new EnvError(`the data folder ${root} is a file, not a folder`, 'Point TT_HOME at a folder (or move the file away): tt keeps everything in a folder.');
  }
  const code = `${e.code} (${WHAT[e.code] ?? e.message.replace(/^[A-Z]+: /, '').replace(/,.*$/, '')})`;
  const where = e.path ?? (e.syscall === 'write' ? 'standard output' : null);
  const verb = READS.has(e.syscall) ? 'read' : 'write';
  const what = e.syscall.startsWith('spawn')
    ? `run ${e.syscall.slice(6) || where || 'a program'}`
    : where === 'standard output' || where === 'standard error'
      ? `write to ${where}`
      : where
        ? `${verb} ${where}`
        : e.syscall;
  return new EnvError(`cannot ${what}: ${code}`, HINT[e.code] ?? 'Check the path and try again.');
}

function isFileNotFolder(ctx: Ctx, root: string): boolean {
  try {
    return !ctx.fs.statSync(root).isDirectory();
  } catch {
    return false;
  }
}
