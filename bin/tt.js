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
const command = process.argv[2] ?? '';
const hot = ['start', 'stop', 'status', 'continue', 'cancel'].includes(command);
if (enableCompileCache || !cache) {
  // Node 22 and later cache compiled code of the split build themselves.
  if (hot) require('../dist/hot.cjs').run();
  else import('../dist/cli.js').then((cli) => cli.run());
} else {
  // Node 20: one CommonJS bundle, compiled with a V8 code cache (see hot-cache.js and scripts/build.mjs).
  const { join } = require('node:path');
  const tag = hot ? 'hot' : /^[a-z][a-z-]{0,30}$/.test(command) ? `all-${command}` : 'all';
  require('./hot-cache.js').runCached(join(__dirname, '..', 'dist', hot ? 'hot.cjs' : 'all.cjs'), tag).run();
}
