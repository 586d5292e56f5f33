// The shared corpus of real exports, found next to the repository (CI has it at ../shared/corpus).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.ts';

export const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'exports');

export function corpusFile(...parts: string[]): string {
  const path = join(CORPUS, ...parts);
  if (!existsSync(path)) throw new Error(`the corpus file ${path} is missing: the tests expect ../shared/corpus next to the repository`);
  return path;
}
