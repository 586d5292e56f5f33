// Invoice numbers from the `invoice.number` pattern: {yyyy}, {mm}, {client} are filled in, and {seq}
// becomes one more than the highest number already issued under the same filled-in pattern, so
// 2026-001 follows 2026-000's year and restarts at 001 in 2027.

export interface NumberParts {
  year: number;
  month: number;
  client: string;
}

/** The pattern with everything but {seq} filled in. */
export function fillPattern(pattern: string, p: NumberParts): string {
  return pattern
    .replaceAll('{yyyy}', String(p.year).padStart(4, '0'))
    .replaceAll('{mm}', String(p.month).padStart(2, '0'))
    .replaceAll('{client}', p.client);
}

export function nextNumber(pattern: string, p: NumberParts, taken: readonly string[]): string {
  const filled = fillPattern(pattern, p);
  const parts = filled.split('{seq}').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`^${parts.join('(\\d+)')}$`);
  let max = 0;
  for (const n of taken) {
    const m = re.exec(n);
    if (m) max = Math.max(max, ...m.slice(1).map(Number));
  }
  let seq = max + 1;
  const make = (s: number): string => filled.replaceAll('{seq}', String(s).padStart(3, '0'));
  // A hand-picked number (an import's --number) may sit above; never hand out one that exists.
  while (taken.includes(make(seq))) seq++;
  return make(seq);
}
