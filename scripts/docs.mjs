// `npm run docs`: writes docs/commands/ (scripts/command-docs.mjs; pages of commands that are gone
// are removed) and the parts of docs/interface.md made from the code (src/interface/generated.ts).
// It bundles scripts/docs-entry.ts from src/ first, so it needs no earlier build.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandPages } from './command-docs.mjs';

// Inside node_modules, so the libraries left outside the bundle resolve from the repository.
const bundle = 'node_modules/.cache/tt-docs/entry.cjs';
await build({ entryPoints: ['scripts/docs-entry.ts'], outfile: bundle, bundle: true, format: 'cjs', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', define: { __TT_BUILD__: '"docs"', __TT_CALENDAR_BUILD__: '"docs"' } });
const { buildProgram, main, fillInterface } = createRequire(import.meta.url)(`../${bundle}`);

const home = mkdtempSync(join(tmpdir(), 'tt-docs-'));
/** A context for `--help` alone: no command runs, so nothing reads the clock or the data folder. */
const makeCtx = () => {
  const stdout = [];
  const ctx = {
    now: () => Date.now(), clock: () => Date.now(), env: { TT_HOME: join(home, 'data') }, fs: undefined,
    out: (t) => void stdout.push(t), err: (t) => process.stderr.write(t),
    isTTY: false, color: false, cwd: home, home, pid: process.pid, host: 'docs',
  };
  return { ctx, stdout };
};
const pages = await commandPages(buildProgram, main, makeCtx);
const dir = 'docs/commands';
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) if (!pages.has(name)) rmSync(join(dir, name));
for (const [name, text] of pages) writeFileSync(join(dir, name), text);
rmSync(home, { recursive: true, force: true });

const iface = 'docs/interface.md';
writeFileSync(iface, fillInterface(readFileSync(iface, 'utf8')));
console.log(`${pages.size} pages in ${dir}/; ${iface} filled in`);
