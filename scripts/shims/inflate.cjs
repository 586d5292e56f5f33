// Stands in for the tiny-inflate package in the bundles (scripts/build.mjs): the same function, raw
// DEFLATE into a given buffer, done by Node's zlib instead of in JavaScript. fontkit, linebreak and
// unicode-properties inflate their Unicode tables with it when they load; in JavaScript that took
// 60-100 ms of every PDF invoice, natively about 2 ms. Tested against tiny-inflate itself
// (test/unit/inflate-shim.test.ts).
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  // As tiny-inflate: the destination, or the part of it the data filled.
  if (out.length >= dest.length) {
    dest.set(out.subarray(0, dest.length));
    return dest;
  }
  dest.set(out);
  return dest.slice(0, out.length);
};
