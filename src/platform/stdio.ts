// Output straight to file descriptors 1 and 2. Touching process.stdout builds a stream (and for a
// pipe or a terminal loads net and tty): 10-15 ms, a third of what `tt status` may cost in all. A
// synchronous write(2) does the same job; if the descriptor is non-blocking and full (EAGAIN), the
// rest goes through the stream, which queues it, so order is kept either way.
import { fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';

/**
 * Whether a descriptor is a terminal, without building its stream. A pipe or a file is told by fstat
 * alone; only a character device (a terminal, or /dev/null) needs tty's answer, and loads tty for it.
 */
export function isTerminal(fd: 1 | 2): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false; // closed
  }
  return isatty(fd);
}

/**
 * A writer for descriptor 1 or 2. A reader that went away (EPIPE: `tt log | head`) ends output
 * quietly. Any other failure (a full disk behind `> file`, an I/O error) is thrown once, named as
 * the stream, for the error boundary to turn into exit 4; later output is dropped, since the stream
 * is broken. A failure on stderr is dropped at once: there is nowhere left to say it.
 */
export function fdWriter(fd: 1 | 2): (text: string) => void {
  let viaStream = false;
  let closed = false;
  const name = fd === 1 ? 'standard output' : 'standard error';
  const stream = (): NodeJS.WriteStream => {
    const s = fd === 1 ? process.stdout : process.stderr;
    if (!s.listenerCount('error')) s.on('error', (err: NodeJS.ErrnoException) => streamFailed(err, name, fd));
    return s;
  };
  return (text) => {
    if (closed || text === '') return;
    if (viaStream) return void stream().write(text);
    let buf = Buffer.from(text);
    while (buf.length) {
      try {
        buf = buf.subarray(writeSync(fd, buf));
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code === 'EAGAIN') {
          viaStream = true;
          return void stream().write(buf);
        }
        closed = true;
        if (e.code === 'EPIPE' || fd === 2) return;
        e.path = name;
        throw e;
      }
    }
  };
}

/** The same rule for output queued on the stream (after EAGAIN), which fails later, asynchronously. */
function streamFailed(err: NodeJS.ErrnoException, name: string, fd: 1 | 2): void {
  if (err.code === 'EPIPE' || fd === 2) return;
  try {
    writeSync(2, `tt: cannot write to ${name}: ${err.code ?? err.message}\n`);
  } catch {
    /* stderr is gone too */
  }
  process.exitCode = 4;
}
