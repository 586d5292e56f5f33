// Invoice numbers from the `invoice.number` pattern: {yyyy}, {mm}, {client} and {series} are filled
// in, and {seq} (or {seq:N}, N digits; {seq} has 3) becomes one more than the highest number already
// issued under the same filled-in pattern, so 2026-A001 follows 2026-A000's year and restarts at
// A001 in 2027. The device's series keeps two devices from ever giving the same number.

export const DEFAULT_PATTERN = '{yyyy}-{series}{seq:3}';

export interface NumberParts {
  year: number;
  month: number;
  client: string;
  series: string;
}

const SEQ = /\{seq(?::(\d))?\}/g;

export function usesSeries(pattern: string): boolean {
  return pattern.includes('{series}');
}

/** The pattern with everything but {seq} filled in. */
export function fillPattern(pattern: string, p: NumberParts): string {
  return pattern
    .replaceAll('{yyyy}', String(p.year).padStart(4, '0'))
    .replaceAll('{mm}', String(p.month).padStart(2, '0'))
    .replaceAll('{client}', p.client)
    .replaceAll('{series}', p.series);
}

export function nextNumber(pattern: string, p: NumberParts, taken: readonly string[]): string {
  const filled = fillPattern(pattern, p);
  const pieces = filled.split(SEQ);
  // split with a capture group: text, width, text, width, ..., text
  const texts = pieces.filter((_, i) => i % 2 === 0).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const widths = pieces.filter((_, i) => i % 2 === 1).map((w) => Number(w ?? 3) || 3);
  const re = new RegExp(`^${texts.join('(\\d+)')}$`);
  let max = 0;
  for (const n of taken) {
    const m = re.exec(n);
    if (m) max = Math.max(max, ...m.slice(1).map(Number));
  }
  let seq = max + 1;
  const make = (s: number): string => {
    let i = 0;
    return filled.replace(SEQ, () => String(s).padStart(widths[i++] ?? 3, '0'));
  };
  // A hand-picked number (an import's --number) may sit above; never hand out one that exists.
  while (taken.includes(make(seq))) seq++;
  return make(seq);
}
