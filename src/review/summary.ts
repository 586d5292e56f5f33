// The one-line evidence summary beside each draft: "2 commits in acme-web: fix auth, add tests;
// meeting 'Acme sync'", cut to the width there is.
import { visible } from '../core/visible.ts';
import type { EvidenceNote } from './types.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function noteText(n: EvidenceNote): string {
  switch (n.kind) {
    case 'commit':
      return `${plural(n.count, 'commit')} in ${n.label}${n.subjects.length ? `: ${n.subjects.join(', ')}` : ''}`;
    case 'hook':
      return `${plural(n.count, 'hook record')} in ${n.label}`;
    case 'presence':
      return `shell in ${n.label}`;
    case 'meeting':
      return `meeting '${n.label}'`;
  }
}

/** Shell stretches of one repo are many small pieces; they read as one. */
function merged(sources: readonly EvidenceNote[]): EvidenceNote[] {
  const out: EvidenceNote[] = [];
  for (const s of sources) {
    const same = out.find((o) => o.kind === s.kind && o.label === s.label);
    if (!same) out.push({ ...s, subjects: [...s.subjects] });
    else {
      same.count += s.kind === 'presence' || s.kind === 'meeting' ? 0 : s.count;
      same.subjects.push(...s.subjects.filter((x) => !same.subjects.includes(x)));
      same.start = Math.min(same.start, s.start);
      same.end = Math.max(same.end, s.end);
    }
  }
  return out;
}

export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** One line for a screen or a text listing: folder names, subjects and titles show their control characters. */
export function evidenceLine(sources: readonly EvidenceNote[], width = Infinity): string {
  const text = visible(merged(sources).map(noteText).join('; ') || 'no evidence recorded');
  return Number.isFinite(width) ? truncate(text, width) : text;
}
