// `npm run docs`: writes docs/commands/ from the build's command table (scripts/command-docs.mjs),
// removing pages of commands that are gone. Run after `npm run build`.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandPages } from './command-docs.mjs';

const { buildProgram, main } = createRequire(import.meta.url)('../dist/cli.cjs');
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
console.log(`${pages.size} pages in ${dir}/`);
