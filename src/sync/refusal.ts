// The message of a refused sync: what the remote would take away or bring that is not tt's, which
// commit of the remote did it, and the fix. Pure.
import { DataError } from '../core/errors.ts';
import type { Problem, ProblemKind } from './verify.ts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const WHAT: Record<ProblemKind, (n: number) => string> = {
  deleted: (n) => `deleted ${plural(n, 'record')} this device holds`,
  rewritten: (n) => `rewrote ${plural(n, 'record')} (written once, never changed)`,
  forged: (n) => `holds ${plural(n, 'record')} under this device's id that were not written by this device (another machine using this device's id, or a forgery)`,
  rewound: (n) => `set ${plural(n, 'setting')} back to an older value`,
  link: () => 'holds a link, which tt never follows',
  foreign: () => "holds files that are not one of tt's",
};

function listed(paths: readonly string[]): string {
  const unique = [...new Set(paths)];
  return unique.length > 5 ? `${unique.slice(0, 5).join(', ')} and ${unique.length - 5} more` : unique.join(', ');
}

export interface Culprit {
  sha: string;
  subject: string;
  author: string;
}

export function refusal(problems: readonly Problem[], culprit: Culprit | null): DataError {
  const kinds = [...new Set(problems.map((p) => p.kind))];
  const parts = kinds.map((k) => {
    const of = problems.filter((p) => p.kind === k);
    return `${WHAT[k](of.reduce((n, p) => n + p.records, 0))} (${listed(of.flatMap((p) => p.paths))})`;
  });
  const from = culprit ? `It came with the remote's commit ${culprit.sha} "${culprit.subject}" by ${culprit.author}. ` : '';
  const twin = kinds.includes('forged') ? ' If another machine uses this device\'s id (a copied data folder), remove the file `device` on one of them first (tt makes a new id).' : '';
  return new DataError(
    `the remote ${parts.join('; it ')}; nothing was taken from it, nothing here changed, and nothing was pushed`,
    `${from}\`tt sync --restore\` keeps every record of both sides and puts them on the remote (leaving out what is not tt's); or undo that change on the remote${culprit ? ` (\`git revert ${culprit.sha}\` in a clone)` : ''} and run \`tt sync\` again.${twin} See docs/sync.md.`,
  );
}
