// What the build promises (scripts/build.mjs, docs/architecture.md "Start-up"): bin/tt.js runs the
// timer commands from dist/timers.cjs and everything else from dist/cli.cjs; the timer commands and
// the read commands never load ink, React or the other libraries kept in node_modules; the PDF
// renderer (dist/pdf.cjs, pdfkit and fontkit inside) loads only to make a PDF; and dist/timers.cjs
// never import()s, which Node 20's code cache (bin/node20.js) could not run.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timers } from '../../src/cli/timers.ts';
import { BIN, ROOT, ttEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

/** The packages under node_modules that `tt args` loaded, seen from inside the process. */
function packagesLoaded(e: ReturnType<typeof ttEnv>, args: string[]): string[] {
  const report = join(tempDir(), 'loaded.cjs');
  writeFileSync(
    report,
    "process.on('exit', () => { const m = Object.keys(require.cache).map((f) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(f)?.[1]).filter(Boolean); process.stderr.write('\\nLOADED ' + JSON.stringify([...new Set(m)]) + '\\n'); });\n",
  );
  const r = spawnSync(process.execPath, ['-r', report, BIN, ...args], { env: e.env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(/LOADED (.*)/.exec(r.stderr)![1]!) as string[];
}

/** The files of dist/ that `tt args` loaded. */
function bundlesLoaded(e: ReturnType<typeof ttEnv>, args: string[]): string[] {
  const report = join(tempDir(), 'bundles.cjs');
  writeFileSync(report, "process.on('exit', () => { const d = Object.keys(require.cache).filter((f) => /[\\/]dist[\\/]/.test(f)).map((f) => f.split(/[\\/]/).pop()); process.stderr.write('\\nBUNDLES ' + JSON.stringify(d.sort()) + '\\n'); });\n");
  const r = spawnSync(process.execPath, ['-r', report, BIN, ...args], { env: e.env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(/BUNDLES (.*)/.exec(r.stderr)![1]!) as string[];
}

describe('the bundles', () => {
  it('run the timer commands from their own bundle, as src/cli/timers.ts declares them', () => {
    const shim = readFileSync(BIN, 'utf8');
    const listed = JSON.parse(/const TIMERS = (\[[^\]]*\]);/.exec(shim)![1]!.replace(/'/g, '"')) as string[];
    expect(listed).toEqual(Object.keys(timers));
  });

  it('load no library from node_modules for the timer commands and the read commands', () => {
    const e = ttEnv();
    spawnSync(process.execPath, [BIN, 'client', 'add', 'acme'], { env: e.env });
    for (const args of [['start', 'acme', '--at', '10 minutes ago'], ['status'], ['stop'], ['log'], ['report'], ['review', '--print']]) {
      expect({ args, loaded: packagesLoaded(e, args) }).toEqual({ args, loaded: [] });
    }
  });

  it('load the PDF renderer only to make a PDF', () => {
    const e = ttEnv({ now: '2026-12-02T10:00:00Z' });
    for (const args of [['client', 'add', 'acme', '--rate', '90'], ['add', 'acme', '--from', '2026-11-03T09:00:00Z', '--to', '2026-11-03T10:00:00Z']]) {
      expect(spawnSync(process.execPath, [BIN, ...args], { env: e.env }).status).toBe(0);
    }
    const out = (name: string): string => join(e.home, '..', name);
    expect(bundlesLoaded(e, ['invoice', 'create', '--client', 'acme', '--last-month', '--out', out('nov.html')])).toEqual(['cli.cjs']);
    expect(bundlesLoaded(e, ['invoice', 'show', '--out', out('nov.md')])).toEqual(['cli.cjs']);
    expect(bundlesLoaded(e, ['invoice', 'show', '--out', out('nov.pdf')])).toEqual(['cli.cjs', 'pdf.cjs']);
    expect(readFileSync(out('nov.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('hold the review screen in one file that imports nothing but Node built-ins (ink and React inside)', () => {
    // Loaded file by file from node_modules, ink and React took 0.4 s before the first frame.
    const screen = readFileSync(join(ROOT, 'dist', 'review.mjs'), 'utf8');
    const imported = [...screen.matchAll(/^import .* from ["']([^"']+)["'];?$|\bimport\(["']([^"']+)["']\)/gm)].map((m) => m[1] ?? m[2]);
    expect(imported.filter((s) => !s!.startsWith('node:'))).toEqual([]);
    expect(screen).toContain('function runScreen');
    expect(readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8')).toMatch(/import\("\.\/review\.mjs"\)/);
  });

  it('keep import() out of dist/timers.cjs', () => {
    expect(readFileSync(join(ROOT, 'dist', 'timers.cjs'), 'utf8')).not.toMatch(/\bimport\(/);
  });
});
