// Where tt's own files are: the templates/ it ships and the libraries it loads on first use. Found
// from this module's folder: dist/ in an installed package (the bundle is CommonJS, see
// scripts/build.mjs) or src/platform/ in a checkout, where vitest gives every module its __dirname.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The nearest folder at or above this module's holding `rel` (a file), or null. */
export function ownFolderWith(rel: string): string | null {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, rel))) return dir;
    dir = dirname(dir);
  }
  return null;
}

/** require() for a dependency loaded only when needed (a large table, say), from tt's node_modules. */
export function requireOwn(name: string): unknown {
  return createRequire(join(__dirname, 'own-files.js'))(name);
}
