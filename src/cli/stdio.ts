// Output straight to file descriptors 1 and 2. Touching process.stdout builds a stream (and for a
// pipe or a terminal loads net and tty): 10-15 ms, a third of what `tt status` may cost in all. A
// synchronous write(2) does the same job; if the descriptor is non-blocking and full (EAGAIN), the
// rest goes through the stream, which queues it, so order is kept either way.
import { writeSync } from 'node:fs';

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
