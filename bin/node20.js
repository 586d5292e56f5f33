// Node 20 only, and to be deleted when package.json's engines moves to >= 22: Node 20 has no compile
// cache (module.enableCompileCache came in 22.1), and compiling dist/timers.cjs afresh is about
// 10 ms of every `tt start`, `tt stop` and `tt status` there (docs/architecture.md, "Start-up"). So
// the bundle is compiled with a V8 code cache, one file kept in the user's own cache folder (never
// a shared temp folder: code from there would run as this user), keyed by Node's version and the
// bundle's size and time, written after the first run that had none. Any trouble with the cache
// just means compiling afresh. The bundle must not import(): vm.Script cannot on Node 20 without a
// flag (test/review/bundle.test.ts keeps it so).
/* global require, exports, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join, resolve } = require('node:path');
const vm = require('node:vm');

/** A short name for where the bundle is installed, so that two installs keep a cache each. */
function placeKey(path) {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** require() of a CommonJS bundle, compiled with a V8 code cache. */
exports.requireCached = function requireCached(rel) {
  const file = resolve(__dirname, rel);
  const source = readFileSync(file, 'utf8');
  const st = statSync(file);
  const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tt');
  const prefix = `timers-${placeKey(file)}-`;
  const path = join(dir, `${prefix}${process.version}-${st.size}-${Math.round(st.mtimeMs)}.v8`);
  let cachedData;
  try {
    cachedData = readFileSync(path);
  } catch {
    /* first run */
  }
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, dirname(file));
  if (!cachedData || script.cachedDataRejected) {
    // After the run, so that the cache holds the functions the command compiled too.
    process.once('beforeExit', () => {
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        writeFileSync(`${path}.${process.pid}`, script.createCachedData(), { mode: 0o600 });
        renameSync(`${path}.${process.pid}`, path);
        for (const f of readdirSync(dir)) if (f.startsWith(prefix) && join(dir, f) !== path) rmSync(join(dir, f), { force: true });
      } catch {
        /* no cache this time */
      }
    });
  }
  return mod.exports;
};
