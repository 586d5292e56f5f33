// Payment terms: how many days after the issue date an invoice is due, typed as 14d, 14, "net 30"
// or "30 days", and printed the way accounts payable reads them ("Net 14", "Due on receipt"). Pure.

/** Days from the text, or null when it is not a term. */
export function parseTermsDays(text: string): number | null {
  const m = /^\s*(?:net\s*)?(\d{1,3})\s*(?:d|days?)?\s*$/i.exec(text);
  if (!m) return null;
  const days = Number(m[1]);
  return days <= 365 ? days : null;
}

export const TERMS_HINT = 'Give the days to pay, like 14d, 30 or "net 30" (0 is due on receipt; at most 365).';

export function termsText(days: number): string {
  return days === 0 ? 'Due on receipt' : `Net ${days}`;
}
