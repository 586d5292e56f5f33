// The corpus fixtures may ship with an MIT project: every file is listed in its SOURCES.md under a
// licence that allows that, every licence notice it names is present, and no test or script looks
// for fixtures outside the repository (a user's clone has nothing beside it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
import { CORPUS } from '../helpers/corpus.ts';

const ALLOWED = ['MIT', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0'];
const sources = readFileSync(join(CORPUS, 'SOURCES.md'), 'utf8');

/** Table rows of SOURCES.md whose first cell is a fixture path: path -> cells. */
function rows(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of sources.split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim());
    if (/^(ics|exports)\//.test(cells[0] ?? '')) out.set(cells[0]!, cells);
  }
  return out;
}

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());

describe('test/fixtures/corpus', () => {
  it('lists every fixture with its origin and a licence that allows redistribution in an MIT project', () => {
    const listed = rows();
    const fixtures = files(CORPUS).filter((f) => /^(ics|exports)\//.test(f));
    expect(fixtures.length).toBeGreaterThan(50);
    for (const f of fixtures) {
      const cells = listed.get(f);
      expect(cells, `${f} is not listed in SOURCES.md`).toBeDefined();
      const [, origin, , licence] = cells!;
      expect(ALLOWED, `${f}: licence ${licence}`).toContain(licence);
      if (origin!.startsWith('written for tt')) expect(origin).toMatch(/^written for tt, MIT, same shape as /);
      else expect(origin, `${f}: origin names no repository`).toMatch(/^[\w.-]+\/[\w.-]+ · `[^`]+`$/);
    }
    for (const f of listed.keys()) expect(existsSync(join(CORPUS, f)), `SOURCES.md lists ${f}, which is missing`).toBe(true);
  });

  it('holds every licence notice SOURCES.md names', () => {
    const named = [...sources.matchAll(/`(licenses\/[^`]+)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(5);
    for (const f of named) expect(existsSync(join(CORPUS, f)), `${f} is missing`).toBe(true);
  });

  it('is the only place tests and scripts take fixtures from', () => {
    // The ways the tests used to reach ../shared/corpus beside the repository (this file names them).
    const outside = ['../shared', "'..', 'shared'", 'shared/corpus'];
    const self = fileURLToPath(import.meta.url);
    for (const dir of ['test', 'scripts', 'bin', '.ci']) {
      for (const f of files(join(ROOT, dir)).filter((x) => (/\.(ts|tsx|js|mjs|sh)$/.test(x) || dir === '.ci') && join(ROOT, dir, x) !== self)) {
        const text = readFileSync(join(ROOT, dir, f), 'utf8');
        for (const p of outside) expect(text.includes(p), `${dir}/${f} mentions ${p}`).toBe(false);
      }
    }
  });
});
