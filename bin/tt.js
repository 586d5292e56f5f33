#!/usr/bin/env node
// A shim: cache compiled code where Node can (22+), then hand over to the bundle. CommonJS (see
// bin/package.json), so the timer commands never start Node's ES module loader: they have a bundle
// of their own, dist/hot.cjs, made to start fast (see scripts/build.mjs).
/* global require, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { enableCompileCache } = require('node:module');
const cache = !process.env.TT_NO_COMPILE_CACHE;
if (enableCompileCache && cache) {
  try { enableCompileCache(); } catch { /* a cache is an optimisation, never a requirement */ }
}
if (!['start', 'stop', 'status', 'continue', 'cancel'].includes(process.argv[2] ?? '')) {
  import('../dist/cli.js');
} else if (enableCompileCache || !cache) {
  require('../dist/hot.cjs');
} else {
  require('./hot-cache.js').runCached(require('node:path').join(__dirname, '..', 'dist', 'hot.cjs'));
}
