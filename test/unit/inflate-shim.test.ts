// The build replaces tiny-inflate with Node's zlib (scripts/shims/inflate.cjs): it must give what
// tiny-inflate gives, for the Unicode tables fontkit and linebreak load and for a short result.
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const shim = require('../../scripts/shims/inflate.cjs') as (src: Uint8Array, dest: Uint8Array) => Uint8Array;
const tiny = require('tiny-inflate') as (src: Uint8Array, dest: Uint8Array) => Uint8Array;

describe('the inflate shim', () => {
  test('inflates as tiny-inflate does: a filled buffer, and one the data fills only in part', () => {
    const data = new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251));
    const packed = deflateRawSync(data);
    expect(shim(packed, new Uint8Array(5000))).toEqual(tiny(packed, new Uint8Array(5000)));
    const short = shim(packed, new Uint8Array(6000));
    expect([short.length, ...short.subarray(0, 3)]).toEqual([5000, ...data.subarray(0, 3)]);
    expect(short).toEqual(tiny(packed, new Uint8Array(6000)));
  });

  test('the twice-deflated tables of unicode-trie read the same through it', () => {
    // unicode-trie's format: three little-endian words, then the data deflated twice.
    const table = new Uint8Array(4096).map((_, i) => (i >> 4) & 0xff);
    const twice = deflateRawSync(deflateRawSync(table));
    const once = (inflate: typeof tiny): Uint8Array => inflate(inflate(twice, new Uint8Array(4096)), new Uint8Array(4096));
    expect(once(shim)).toEqual(table);
    expect(once(shim)).toEqual(once(tiny));
  });
});
