#!/usr/bin/env node
// A shim: cache compiled code where Node can (22+), then hand over to the bundle.
import module from 'node:module';
if (module.enableCompileCache && !process.env.TT_NO_COMPILE_CACHE) {
  try { module.enableCompileCache(); } catch { /* a cache is an optimisation, never a requirement */ }
}
await import('../dist/cli.js');
