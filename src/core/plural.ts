// Counts in messages: "1 entry", "2 entries", "1 meeting". One place, so no message says "1 entries".
const IRREGULAR: Record<string, string> = { entry: 'entries' };

/** "1 entry", "3 entries", "0 meetings": `n` and the word, plural unless n is 1. */
export function count(n: number, word: string, many = IRREGULAR[word] ?? `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
