#!/usr/bin/env node
// Starts tt: Node's own compile cache (22+), then run() of the bundle. The timer commands have a
// bundle of their own, a third of the whole CLI's size (see docs/architecture.md, "Start-up").
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { enableCompileCache } = require('node:module');
const cache = !process.env.TT_NO_COMPILE_CACHE;
if (enableCompileCache && cache) {
  try {
    enableCompileCache();
  } catch {
    /* a cache is an optimisation, never a requirement */
  }
}
// The commands of src/cli/timers.ts (test/review/bundle.test.ts checks the two agree).
const TIMERS = ['start', 'stop', 'status', 'continue', 'cancel', '__complete'];
if (!TIMERS.includes(process.argv[2])) require('../dist/cli.cjs').run();
else if (enableCompileCache || !cache) require('../dist/timers.cjs').run();
else require('./node20.js').requireCached('../dist/timers.cjs').run();
