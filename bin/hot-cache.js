// Node 20 has no compile cache, and compiling dist/hot.cjs is a fifth of what `tt status` costs. So
// it is compiled here with a V8 code cache kept in the user's own cache folder (never a shared temp
// folder: code from there would run as this user), one file per installed bundle, keyed by Node's
// version and the bundle's size and time. Any trouble with the cache just means compiling afresh.
/* global require, exports */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

/** A short name for where this bundle is installed, so that two installs keep a cache each. */
function placeKey(path) {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/**
 * Loads a CommonJS bundle with a V8 code cache and returns its exports. `tag` keeps one cache per command for a bundle that
 * holds them all (dist/all.cjs): a cache holds the functions the run that made it compiled.
 */
exports.runCached = function runCached(file, tag = 'hot') {
  const source = readFileSync(file, 'utf8');
  const st = statSync(file);
  const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tt');
  const prefix = `${tag}-${placeKey(file)}-`;
  const path = join(dir, `${prefix}${process.version}-${st.size}-${Math.round(st.mtimeMs)}.v8`);
  let cachedData;
  try { cachedData = readFileSync(path); } catch { /* first run */ }
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  // Code compiled by vm.Script may not call import() on Node 20; the bundle imports its chunks
  // through this instead (see scripts/build.mjs).
  // Relative specifiers are chunks beside the bundle; bare ones (ink, react) resolve from here, in
  // the same package as the bundle.
  const base = pathToFileURL(file);
  globalThis.__ttImport = (spec) => import(spec.startsWith('.') ? new URL(spec, base).href : spec);
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, dirname(file));
  if (cachedData && !script.cachedDataRejected) return mod.exports;
  // After the run, so that the cache holds the functions this command compiled too.
  process.once('beforeExit', () => {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(`${path}.${process.pid}`, script.createCachedData(), { mode: 0o600 });
      renameSync(`${path}.${process.pid}`, path);
      for (const f of readdirSync(dir)) if (f.startsWith(prefix) && join(dir, f) !== path) rmSync(join(dir, f), { force: true });
    } catch { /* no cache this time */ }
  });
  return mod.exports;
};
