// Bundles src/ into dist/: dist/cli.cjs with every command, and dist/timers.cjs with the timer
// commands alone, which bin/tt.js runs for them; dist/pdf.cjs holds the PDF renderer, which cli.cjs
// requires only when it makes a PDF; dist/decide.cjs decides new repos' clients (picomatch);
// dist/phrase.cjs parses time phrases; dist/review.mjs is the review screen with ink and React. Why
// this shape, and the figures that pay for each part of it: docs/architecture.md, "Start-up".
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

// The history cache (src/store/history-cache.ts) trusts only a cache written by a build whose code
// for entries is the same: a hash of the files that decide what an entry is and how one is stored.
const ENTRY_CODE = ['src/core/events.ts', 'src/core/replay.ts', 'src/store/entry-columns.ts', 'src/store/history-cache.ts', 'src/store/history-index.ts', 'src/store/schema.ts', 'package.json'];
const buildHash = createHash('sha1');
for (const f of ENTRY_CODE) buildHash.update(readFileSync(f));
// The calendar index (src/calendar/derived.ts) likewise: a hash of the calendar code and the
// libraries it reads with (the lock file pins ical.js and windows-iana).
const calendarHash = createHash('sha1');
for (const f of [...readdirSync('src/calendar').sort().map((n) => `src/calendar/${n}`), 'src/core/time.ts', 'package-lock.json']) calendarHash.update(readFileSync(f));
const define = { __TT_BUILD__: JSON.stringify(buildHash.digest('hex').slice(0, 16)), __TT_CALENDAR_BUILD__: JSON.stringify(calendarHash.digest('hex').slice(0, 16)) };

// Three of Node's built-in modules, loaded when first used rather than when the bundle starts:
// commander requires child_process (for subcommands tt never spawns), which brings net, dgram and
// streams; the device id and ULID fallback require crypto; the terminal check requires tty (and net).
// Each `require("node:x")` of them becomes a small module of getters that requires the real one on
// first access (the export names are read from this Node at build time). The others (fs, path, os,
// events) are loaded by Node itself before tt starts.
const LAZY = new Set(['child_process', 'crypto', 'tty']);
const nodeRequire = createRequire(import.meta.url);
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(child_process|crypto|tty)$/ }, (a) => {
      const bare = a.path.replace(/^node:/, '');
      if (!LAZY.has(bare) || a.namespace === 'lazy-builtin') return { path: `node:${bare}`, external: true };
      return { path: bare, namespace: 'lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => {
      const keys = Object.keys(nodeRequire(`node:${a.path}`)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
      const getters = keys.map((k) => `  get ${k}() { return load().${k}; },`).join('\n');
      return { contents: `let m;\nconst load = () => (m ??= require("node:${a.path}"));\nmodule.exports = {\n${getters}\n};\n`, loader: 'js' };
    });
  },
};

// The PDF renderer (pdfkit, fontkit and what they load: some 900 KB of code) is a bundle of its own,
// so no other command reads it: cli.cjs's import() of src/invoices/pdf/invoice-pdf.ts becomes a
// require of ./pdf.cjs beside it, on the first PDF. Its error classes are its own copies;
// src/invoices/output.ts turns them back into the CLI's.
const pdfApart = {
  name: 'pdf-apart',
  setup(b) {
    b.onResolve({ filter: /\/pdf\/invoice-pdf\.ts$/ }, (a) => (a.kind === 'dynamic-import' ? { path: 'pdf.cjs', namespace: 'pdf-apart' } : undefined));
    // A require(), not an import(): Node's import() of a CommonJS file first scans all of it for
    // its export names (cjs-module-lexer), some 0.14 s for pdf.cjs's 1.5 MB.
    b.onLoad({ filter: /.*/, namespace: 'pdf-apart' }, () => ({ contents: 'module.exports = require("./pdf.cjs");', loader: 'js' }));
    b.onResolve({ filter: /^\.\/pdf\.cjs$/, namespace: 'pdf-apart' }, () => ({ path: './pdf.cjs', external: true }));
  },
};
// Deciding a new repo's client (src/store/repo-decide.ts) needs picomatch for the clients' globs: a
// bundle of its own too, so dist/timers.cjs (status and the fold after start and stop) stays as small
// as before; it is required only when a repo not decided yet turns up. Its own copies of the store
// helpers it uses are fine: it writes derived files outside any transaction, and its callers catch.
const decideApart = {
  name: 'decide-apart',
  setup(b) {
    // A require() in a small module of its own, as for pdf.cjs: dist/timers.cjs must not import()
    // (bin/node20.js runs it through vm.Script, which cannot on Node 20).
    b.onResolve({ filter: /\/repo-decide\.ts$/ }, (a) => (a.kind === 'dynamic-import' ? { path: 'decide.cjs', namespace: 'decide-apart' } : undefined));
    b.onResolve({ filter: /^\.\/decide\.cjs$/, namespace: 'decide-apart' }, () => ({ path: './decide.cjs', external: true }));
    b.onLoad({ filter: /.*/, namespace: 'decide-apart' }, () => ({ contents: 'module.exports = require("./decide.cjs");', loader: 'js' }));
  },
};
// chrono-node's parser for phrases ("10 minutes ago", src/core/phrase.ts) is a bundle of its own as
// well: 117 KB that every timer command would otherwise read, for the few runs given such a phrase.
const phraseApart = {
  name: 'phrase-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/phrase\.ts$/ }, (a) => (a.kind === 'dynamic-import' && a.importer.endsWith('/src/core/instant.ts') ? { path: 'phrase.cjs', namespace: 'phrase-apart' } : undefined));
    b.onResolve({ filter: /^\.\/phrase\.cjs$/, namespace: 'phrase-apart' }, () => ({ path: './phrase.cjs', external: true }));
    b.onLoad({ filter: /.*/, namespace: 'phrase-apart' }, () => ({ contents: 'module.exports = require("./phrase.cjs");', loader: 'js' }));
  },
};
// The review screen (src/ui/review/run.tsx with ink, React and @inkjs/ui) is an ES module bundle of
// its own, dist/review.mjs: ink's layout engine (yoga-layout) loads with a top-level await, which
// only an ES module can hold. Loaded from node_modules file by file, ink and React took 0.4 s before
// the first frame (some 200 files compiled and linked one by one); bundled they take 0.03 s.
// cli.cjs's import() of run.tsx becomes an import() of ./review.mjs beside it.
const reviewApart = {
  name: 'review-apart',
  setup(b) {
    b.onResolve({ filter: /\/ui\/review\/run\.tsx$/ }, (a) => (a.kind === 'dynamic-import' ? { path: './review.mjs', external: true } : undefined));
  },
};
// ink imports its React devtools connector (react-devtools-core, ws) only when DEV=true; tt never
// ships them, so the bundle takes an empty module in its place.
const noDevtools = {
  name: 'no-devtools',
  setup(b) {
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (a) => (a.importer.includes('/node_modules/ink/') ? { path: 'devtools', namespace: 'no-devtools' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'no-devtools' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};
// Three packages that pdfkit and its fontkit load are replaced (scripts/shims/, each says why and what it
// saves): PDF invoices cost a fifth of a second less. pdfkit itself is taken in its CommonJS build:
// esbuild picks a package's ES module for an `import`, and pdfkit's reads `import.meta.url` when it
// loads, which a CommonJS bundle does not have. fontkit is taken in its CommonJS build for tt's own
// import as well: pdfkit requires that one, and an ES module copy beside it (with its own copies of
// restructure and unicode-properties) made dist/pdf.cjs 0.5 MB larger, read on every PDF.
// @commander-js/extra-typings is commander with types: at run time its index.js re-exports
// commander's classes (and builds one more global program); the bundles take commander itself.
const alias = { '@commander-js/extra-typings': 'commander', 'tiny-inflate': './scripts/shims/inflate.cjs', 'brotli/decompress.js': './scripts/shims/no-woff2.cjs', '@noble/ciphers/aes': './scripts/shims/no-pdf-encryption.cjs', pdfkit: './node_modules/pdfkit/js/pdfkit.js', fontkit: './node_modules/fontkit/dist/main.cjs' };

// Build beside dist/ and swap it in, so tests running from dist/ never see a half-written bundle.
const tmp = `dist.${process.pid}.tmp`;
const { metafile } = await build({
  entryPoints: { cli: 'src/cli.ts', timers: 'src/timers.ts', pdf: 'src/invoices/pdf/invoice-pdf.ts', decide: 'src/store/repo-decide.ts', phrase: 'src/core/phrase.ts' },
  outdir: tmp,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  // Large libraries only some commands load stay in node_modules, so the file every command reads
  // stays small: calendars (ical.js), git through simple-git. ink, React and @inkjs/ui are in
  // dist/review.mjs (below); nothing else loads them.
  external: ['ical.js', 'simple-git', 'ink', 'react', 'react/*', '@inkjs/ui', 'ink-testing-library'],
  alias,
  plugins: [lazyBuiltins, pdfApart, decideApart, phraseApart, reviewApart],
  define,
  logLevel: 'warning',
  metafile: true,
});
await build({
  entryPoints: { review: 'src/ui/review/run.tsx' },
  outdir: tmp,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  // React's production build: the development one checks every render and is twice the size. And
  // no fetch: yoga-layout's loader would fetch() its own base64 data: URL, which loads Node's whole
  // HTTP client (undici, 30 ms) to decode 100 KB it can decode itself when fetch is absent.
  define: { ...define, 'process.env.NODE_ENV': '"production"', fetch: 'undefined' },
  plugins: [noDevtools],
  // The CommonJS packages inside (React, signal-exit's users) require Node's built-ins.
  banner: { js: "import { createRequire as ttCreateRequire } from 'node:module';\nconst require = ttCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
try {
  checkTimerPath(metafile);
} catch (err) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`build: ${err.message}`);
  process.exit(1);
}
rmSync(`${tmp}.old`, { recursive: true, force: true });
try {
  renameSync('dist', `${tmp}.old`);
} catch {
  /* first build */
}
renameSync(tmp, 'dist');
rmSync(`${tmp}.old`, { recursive: true, force: true });

// The timer commands' start-up path (the bench holds it to <= 1.5x `node -e 0`) must not load
// the heavy libraries when it starts: eslint.config.js guards the files themselves; this guards
// everything they pull in, from the bundle's import graph followed from src/timers.ts along the
// imports that run at start-up (an import() runs later: chrono-node comes in only when a phrase is
// given).
function checkTimerPath(meta) {
  const heavy = /^(ink|react|@inkjs\/ui|ical\.js)\b|node_modules\/(ink|react|@inkjs\/ui|ical\.js|chrono-node|pdfkit|fontkit|zod\/(v3|v4\/classic|index))\b/;
  const seen = new Set(['src/timers.ts']);
  const bad = [];
  for (const f of seen) {
    for (const i of meta.inputs[f]?.imports ?? []) {
      if (i.kind === 'dynamic-import' || seen.has(i.path)) continue;
      if (heavy.test(i.path)) bad.push(`${i.path} (imported by ${f})`);
      else seen.add(i.path);
    }
  }
  if (bad.length) throw new Error(`dist/timers.cjs would load at start-up what the timer commands must not:\n  ${bad.join('\n  ')}`);
}
