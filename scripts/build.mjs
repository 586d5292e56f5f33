// Bundles src/ into dist/: one small entry, one chunk per command, so a command loads only what it uses.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { builtinModules, createRequire } from 'node:module';

// Node's built-in modules, loaded when first used rather than when a chunk is evaluated. commander
// requires child_process (for subcommands we never spawn), which pulls in net, streams and dgram;
// ulid and the hooks require crypto; an ESM `import` of node:fs builds a facade that reads every
// export, streams included. Each costs milliseconds on every run, so every builtin import becomes a
// small CommonJS module of getters that require the real module on first access. The export names
// are read from this Node at build time; a name a newer Node adds is simply not forwarded.
const nodeRequire = createRequire(import.meta.url);
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const names = new Set(builtinModules);
    b.onResolve({ filter: /^node:|^[a-z_/]+$/ }, (a) => {
      const bare = a.path.replace(/^node:/, '');
      if (!names.has(bare)) return undefined;
      // A module that is itself a function or class (events, stream, assert) must stay as it is.
      if (typeof nodeRequire(`node:${bare}`) === 'function') return { path: `node:${bare}`, external: true };
      return a.namespace === 'lazy-builtin' ? { path: `node:${bare}`, external: true } : { path: bare, namespace: 'lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => {
      const keys = Object.keys(nodeRequire(`node:${a.path}`)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
      const getters = keys.map((k) => `  get ${k}() { return load().${k}; },`).join('\n');
      return { contents: `let m;\nconst load = () => (m ??= require("node:${a.path}"));\nmodule.exports = {\n${getters}\n};\n`, loader: 'js' };
    });
  },
};

// The history cache (src/store/history-cache.ts) trusts only a cache written by a build whose code
// for entries is the same: a hash of the files that decide what an entry is and how one is stored.
const ENTRY_CODE = ['src/core/events.ts', 'src/core/replay.ts', 'src/store/entry-columns.ts', 'src/store/history-cache.ts', 'src/store/schema.ts', 'package.json'];
const buildHash = createHash('sha1');
for (const f of ENTRY_CODE) buildHash.update(readFileSync(f));
// The calendar index (src/calendar/derived.ts) likewise: a hash of the calendar code and the
// libraries it reads with (the lock file pins ical.js and windows-iana).
const calendarHash = createHash('sha1');
for (const f of [...readdirSync('src/calendar').sort().map((n) => `src/calendar/${n}`), 'src/core/time.ts', 'package-lock.json']) calendarHash.update(readFileSync(f));
const define = { __TT_BUILD__: JSON.stringify(buildHash.digest('hex').slice(0, 16)), __TT_CALENDAR_BUILD__: JSON.stringify(calendarHash.digest('hex').slice(0, 16)) };

// ink and React are loaded only by the review screen; they stay in node_modules.
const EXTERNAL = ['ink', 'react', 'react/*', '@inkjs/ui', 'ink-testing-library'];
// Two packages that pdfkit's fontkit loads are replaced (scripts/shims/, each says why and what it
// saves): PDF invoices cost a fifth of a second less.
const alias = { 'tiny-inflate': './scripts/shims/inflate.cjs', 'brotli/decompress.js': './scripts/shims/no-woff2.cjs' };

// Build beside dist/ and swap it in, so tests running from dist/ never see a half-written bundle.
const tmp = `dist.${process.pid}.tmp`;
const split = await build({
  entryPoints: ['src/cli.ts'],
  outdir: tmp,
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  external: EXTERNAL,
  alias,
  // One `require` for every chunk (they all live in dist/), made once rather than once per chunk.
  banner: { js: "import { createRequire as __ttCreateRequire } from 'node:module'; const require = (globalThis.__ttRequire ??= __ttCreateRequire(import.meta.url));" },
  plugins: [lazyBuiltins],
  define,
  metafile: true,
  logLevel: 'warning',
});

// dist/hot.cjs: the timer commands in one file. bin/tt.js loads it for start, stop, status, continue
// and cancel, so that they read two files instead of a score of chunks: the ESM loader resolves and
// reads each file on its own, a millisecond or more apiece. Only the command being run is registered
// there (see main in src/cli.ts); every other command's import, and chrono-node's, points at its
// chunk of the split build above.
const HOT = new Set(['start', 'stop', 'status', 'continue', 'cancel']); // as in bin/tt.js and src/cli.ts
const chunkOf = new Map();
for (const [out, meta] of Object.entries(split.metafile.outputs)) if (meta.entryPoint) chunkOf.set(meta.entryPoint, `./${basename(out)}`);
const chrono = [...chunkOf].find(([entry]) => entry.includes('node_modules/chrono-node/'))?.[1] ?? 'chrono-node';
const elsewhere = {
  name: 'other-commands-in-their-chunks',
  setup(b) {
    b.onResolve({ filter: /^chrono-node$/ }, () => ({ path: chrono, external: true }));
    b.onResolve({ filter: /\/commands\/[^/]+\.ts$/ }, (a) => {
      if (a.kind !== 'dynamic-import' || HOT.has(basename(a.path, '.ts'))) return undefined;
      const chunk = chunkOf.get(relative(process.cwd(), resolve(a.resolveDir, a.path)));
      if (!chunk) throw new Error(`scripts/build.mjs: no chunk for ${a.path}`);
      return { path: chunk, external: true };
    });
  },
};
// CommonJS, so that bin/tt.js can compile it with a V8 code cache where Node has no compile cache of
// its own (Node 20); import() of the chunks works from CommonJS too.
await build({
  entryPoints: { hot: 'src/cli.ts' },
  outdir: tmp,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  external: EXTERNAL,
  alias,
  plugins: [lazyBuiltins, elsewhere],
  define,
  // Code compiled by vm.Script (bin/hot-cache.js) may not call import() on Node 20 without a flag,
  // so the chunks are imported through a function bin/tt.js provides.
  banner: { js: 'var __ttImport = globalThis.__ttImport || ((s) => import(s));' },
  logLevel: 'warning',
});
const hotFile = `${tmp}/hot.cjs`;
const hotCode = readFileSync(hotFile, 'utf8');
writeFileSync(hotFile, hotCode.replace(/\bimport\((?="\.\/)/g, '__ttImport('));

// The review screen imports ink, an ES module CommonJS cannot require on Node 20: all.cjs imports the
// screen's chunk of the split build instead. The PDF renderer too: pdfkit and fontkit are 900 KB of
// code that would otherwise sit in all.cjs, which Node 20 reads whole for every command.
const screenInItsChunk = {
  name: 'review-screen-in-its-chunk',
  setup(b) {
    b.onResolve({ filter: /\/ui\/review\/run\.tsx$|\/pdf\/invoice-pdf\.ts$/ }, (a) => {
      const chunk = chunkOf.get(relative(process.cwd(), resolve(a.resolveDir, a.path)));
      if (!chunk) throw new Error(`scripts/build.mjs: no chunk for ${a.path}`);
      return { path: chunk, external: true };
    });
  },
};

// dist/all.cjs: every command in one CommonJS file, for Node 20 only (bin/tt.js), which has no
// compile cache for ES modules: there each command's run read, resolved, compiled and linked about
// 35 chunks (some 30 ms); this file is compiled once with a V8 code cache per command instead
// (bin/hot-cache.js). Node 22 and later cache the split build themselves and keep using dist/cli.js.
// ink and React stay external ES modules, imported through __ttImport (see hot-cache.js).
await build({
  entryPoints: { all: 'src/cli.ts' },
  outdir: tmp,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  external: EXTERNAL,
  alias,
  plugins: [lazyBuiltins, screenInItsChunk],
  define: { ...define, 'import.meta.url': '__ttMetaUrl' },
  banner: { js: "var __ttImport = globalThis.__ttImport || ((s) => import(s)); var __ttMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
const allFile = `${tmp}/all.cjs`;
const allCode = readFileSync(allFile, 'utf8');
writeFileSync(allFile, allCode.replace(/\bimport\((?=")/g, '__ttImport('));
rmSync(`${tmp}.old`, { recursive: true, force: true });
try {
  renameSync('dist', `${tmp}.old`);
} catch {
  /* first build */
}
renameSync(tmp, 'dist');
rmSync(`${tmp}.old`, { recursive: true, force: true });
