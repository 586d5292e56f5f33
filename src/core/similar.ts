// Which known names a mistyped one may have meant, for "did you mean" hints: every close name, not
// only the closest (`tt stat` may mean start or status).
import { distance } from 'fastest-levenshtein';

/** Two neighbouring letters swapped (form for from): one slip of the fingers, two edits apart. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]] && a[diff[1]] === b[diff[0]!];
}

/**
 * The names close to `word`, closest first: one edit away (two for words of six letters or more),
 * two neighbouring letters swapped, or begun by the word (three letters at least).
 */
export function similar(word: string, names: readonly string[]): string[] {
  const w = word.toLowerCase();
  const scored = names.flatMap((name) => {
    const n = name.toLowerCase();
    const d = distance(w, n);
    const close = d <= (w.length >= 6 ? 2 : 1) || swapped(w, n) || (w.length >= 3 && n.startsWith(w));
    return close && n !== w ? [{ name, d }] : [];
  });
  return [...new Set(scored.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name)).map((s) => s.name))];
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
