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

export function fdWriter(fd: 1 | 2): (text: string) => void {
  let viaStream = false;
  let closed = false;
  const stream = (): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr);
  return (text) => {
    if (closed || text === '') return;
    if (viaStream) return void stream().write(text);
    let buf = Buffer.from(text);
    while (buf.length) {
      try {
        buf = buf.subarray(writeSync(fd, buf));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') return void (closed = true); // the reader went away (`tt log | head`)
        if (code !== 'EAGAIN') throw err;
        viaStream = true;
        return void stream().write(buf);
      }
    }
  };
}
