// Stands in for brotli's decompressor in the bundles (scripts/build.mjs). fontkit loads it when it
// loads (30 ms, most of it a 120 KB dictionary) only to read WOFF2 web fonts, which tt never embeds:
// its own font is a TTF, and the machine's fonts it looks up are TTF, OTF or TTC.
/* global module */
'use strict';
module.exports = function decompress() {
  throw new Error('WOFF2 fonts cannot be used for PDF invoices; use a TTF, OTF or TTC font');
};
