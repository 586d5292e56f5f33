// Hook scripts are rendered from templates/hooks/: the hook's own part, the shared part
// (common.sh), the data folder baked in as an absolute path, and the line that runs the hook tt
// found there before (its "chain").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvError } from '../core/errors.ts';
import { ownFolderWith } from '../platform/own-files.ts';
import { shellQuote } from '../store/record-escape.ts';
import type { HookName } from '../core/activity-records.ts';

export const MARKER = /^# tt-hook v(\d+) /m;
export const ORIG_SUFFIX = '.tt-orig';

/** The package's templates/ folder, from the bundle (dist/...) or the sources (src/hooks/). */
export function templatesDir(): string {
  const root = ownFolderWith(join('templates', 'hooks', 'common.sh'));
  if (root) return join(root, 'templates');
  throw new EnvError('tt cannot find its templates/ folder', 'Reinstall tt: the package is incomplete.');
}

export function readTemplate(rel: string): string {
  return readFileSync(join(templatesDir(), rel), 'utf8');
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'yash', 'posh']);

/**
 * How tt's hook runs the hook it replaced. A shell script is sourced by its own shell with $0 set
 * to the hook's usual path, because hook managers find their files from $0 (husky's `_/h` reads
 * `dirname "$0"` and `basename "$0"`); anything else is run directly.
 */
export function chainLine(original: string | null): string {
  const direct = '"$0.tt-orig" "$@"';
  if (original === null) return direct;
  const first = original.split('\n', 1)[0] ?? '';
  if (!first.startsWith('#!')) return sourced(['/bin/sh']);
  let words = first.slice(2).trim().split(/\s+/).filter(Boolean);
  if (words[0] && /(^|\/)env$/.test(words[0])) words = [words[0], ...words.slice(1).filter((w) => w !== '-S')];
  const interp = words[0]?.endsWith('/env') || words[0] === 'env' ? words[1] : words[0];
  if (!interp || !SHELLS.has(interp.replace(/^.*\//, ''))) return direct;
  return sourced(words);
}

function sourced(words: string[]): string {
  const cmd = words.map(shellQuote).join(' ');
  return `TT_CHAIN_TARGET="$0.tt-orig" ${cmd} -c '. "$TT_CHAIN_TARGET"' "$0" "$@"`;
}

export function renderHook(name: HookName, dataDir: string, original: string | null): string {
  const common = readTemplate('hooks/common.sh').replace('@TT_DIR@', () => shellQuote(dataDir)).trimEnd();
  return readTemplate(`hooks/${name}.sh`)
    .replace('@CHAIN@', () => chainLine(original))
    .replace('@COMMON@', () => common);
}

export function isTtHook(text: string | null): boolean {
  return text !== null && MARKER.test(text.split('\n').slice(0, 3).join('\n'));
}
