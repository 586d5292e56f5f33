// Money on client documents, in each currency's own minor units (JPY none, EUR two) and
// with thousands grouped, as Intl formats it for English: €1,234.50, ¥1,235, CHF 1,234.50. Pure.
import { minorDigits } from '../core/money.ts';

const formats = new Map<string, Intl.NumberFormat>();

function format(currency: string): Intl.NumberFormat {
  let f = formats.get(currency);
  if (!f) formats.set(currency, (f = new Intl.NumberFormat('en', { style: 'currency', currency })));
  return f;
}

export function documentMoney(amount: number, currency: string): string {
  return format(currency).format(amount);
}

/** The amount as a plain number string for CSV, in the currency's minor units: "1234.5", "1235". */
export function plainMoney(amount: number, currency: string): string {
  return String(Number(amount.toFixed(minorDigits(currency))));
}
