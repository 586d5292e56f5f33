// Randomness for ULIDs, from /dev/urandom read 256 bytes at a time. ulid's own source is Web Crypto,
// whose first use loads Node's crypto and stream modules: about 4 ms of every `tt start` and
// `tt stop`, against microseconds for this read. Where there is no /dev/urandom, node:crypto.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

let pool: Buffer = Buffer.alloc(0);
let next = 0;

/** A uniform fraction in [0, 1) with 8 random bits: what ulid asks of a PRNG for each character. */
export function randomFraction(): number {
  if (next >= pool.length) {
    pool = fill();
    next = 0;
  }
  return pool[next++]! / 256;
}

function fill(): Buffer {
  const buf = Buffer.alloc(256);
  try {
    const fd = openSync('/dev/urandom', 'r');
    try {
      if (readSync(fd, buf, 0, buf.length, null) === buf.length) return buf;
    } finally {
      closeSync(fd);
    }
  } catch {
    /* no /dev/urandom here */
  }
  return randomBytes(buf.length);
}
