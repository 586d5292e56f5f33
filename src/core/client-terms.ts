// What a client's work on one day is billed at: rate, currency, rounding and tax, each with a
// history (a change applies from a day on; earlier work keeps what applied then). Pure.
import type { Client, CurrencyChange, RoundChange, TaxChange } from './client.ts';
import { rateOn } from './rates.ts';
import type { RoundMode } from './rounding.ts';
import type { DateString } from './time.ts';

export interface Terms {
  rate: number | null;
  currency: string;
  roundMin: number;
  roundMode: RoundMode;
  /** null: no tax. */
  taxPercent: number | null;
}

/** The last change on or before `day`, or null. Changes are kept sorted by day. */
function latest<T extends { from: DateString }>(changes: readonly T[] | undefined, day: DateString): T | null {
  let found: T | null = null;
  for (const c of changes ?? []) if (c.from <= day && (!found || c.from >= found.from)) found = c;
  return found;
}

export function termsOn(c: Client, day: DateString): Terms {
  const cur = latest(c.currencies, day);
  const round = latest(c.rounds, day);
  const tax = latest(c.taxes, day);
  return {
    rate: rateOn(c.rates, day),
    currency: cur ? cur.currency : c.currency,
    roundMin: round ? round.roundMin : c.roundMin,
    roundMode: round ? round.roundMode : c.roundMode,
    taxPercent: tax ? tax.percent : (c.taxPercent ?? null),
  };
}

/** The same change list with `change` in it: a change from the same day replaces the old one. */
export function withChange<T extends CurrencyChange | RoundChange | TaxChange>(list: readonly T[] | undefined, change: T): T[] {
  return [...(list ?? []).filter((c) => c.from !== change.from), change].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Whether `a` and `b` bill the work of `day` differently (rate, currency, rounding or tax). */
export function termsDiffer(a: Client, b: Client, day: DateString): boolean {
  const x = termsOn(a, day);
  const y = termsOn(b, day);
  return x.rate !== y.rate || x.currency !== y.currency || x.roundMin !== y.roundMin || x.roundMode !== y.roundMode || x.taxPercent !== y.taxPercent;
}
