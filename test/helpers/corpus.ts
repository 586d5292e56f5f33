// Third-party exports kept in the repository (test/fixtures/corpus; its SOURCES.md names each file's
// origin and licence), so a fresh clone runs every corpus test with nothing beside it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.ts';

export const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');

/** A corpus file, e.g. corpusFile('exports', 'watson', 'frames'); a wrong name fails the test at once. */
export function corpusFile(...parts: string[]): string {
  const path = join(CORPUS, ...parts);
  if (!existsSync(path)) throw new Error(`the fixture ${path} does not exist (see test/fixtures/corpus/SOURCES.md)`);
  return path;
}
