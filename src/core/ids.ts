// Short ids: a ULID's first ten characters are its timestamp and its last sixteen are random, so the
// shortest unique *suffix* (at least six characters) names an entry; `@1` is the most recent entry.
import { count } from './plural.ts';
import { UsageError } from './errors.ts';

export const MIN_SHORT = 6;

/** The shortest suffix of each id, at least MIN_SHORT long, that no other id ends with. */
export function shortIds(ids: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  let len = MIN_SHORT;
  for (;;) {
    const counts = new Map<string, number>();
    for (const id of ids) {
      const s = id.slice(-len);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    let clash = false;
    for (const id of ids) {
      if (result.has(id)) continue;
      const s = id.slice(-len);
      if (counts.get(s) === 1 || len >= id.length) result.set(id, s);
      else clash = true;
    }
    if (!clash) return result;
    len++;
  }
}

/**
 * The entry a reference names: `@N` (N-th most recent by start), or any unique abbreviation of its
 * id, read from either end, case-insensitively.
 */
export function resolveRef<T extends { id: string; start: number }>(ref: string, entries: readonly T[]): T {
  const at = /^@(\d+)$/.exec(ref.trim());
  if (at) {
    const n = Number(at[1]);
    const byRecent = [...entries].sort((a, b) => b.start - a.start || (a.id < b.id ? 1 : -1));
    const found = n >= 1 ? byRecent[n - 1] : undefined;
    if (!found) throw new UsageError(`${ref}: there ${entries.length === 1 ? 'is' : 'are'} only ${count(entries.length, 'entry')}`, '`tt log` lists them with their ids.');
    return found;
  }
  const q = ref.trim().toUpperCase();
  if (q.length < 4) throw new UsageError(`"${ref}" is too short to name an entry`, 'Give at least 4 characters of its id, or @1 for the most recent entry.');
  const matches = entries.filter((e) => e.id.endsWith(q) || e.id.startsWith(q));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new UsageError(`no entry has the id "${ref}"`, '`tt log` lists entries with their ids; @1 is the most recent.');
  throw new UsageError(`"${ref}" matches ${matches.length} entries`, 'Give more characters of the id.');
}
