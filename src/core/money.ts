// Money is computed in integer cents and printed with its ISO 4217 code.

export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** hours × rate, rounded once, at the end, to the currency's minor unit (cents; whole yen for JPY). */
export function price(hoursWorked: number, rate: number, currency?: string): number {
  const unit = 10 ** (currency ? minorDigits(currency) : 2);
  return Math.round(hoursWorked * rate * unit) / unit;
}

/**
 * ISO 4217 currencies without a minor unit, as Intl's currency data has them (the yen, the won, …).
 * A list rather than Intl itself: making a NumberFormat costs 10-20 ms on first use, on every invoice.
 */
const WHOLE = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);

/** Digits of the currency's minor unit: 2 for EUR and USD, 0 for JPY (three-digit ones are summed in cents, so 2). */
export function minorDigits(currency: string): number {
  return WHOLE.has(currency) ? 0 : 2;
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CHF: 'CHF ', CAD: 'CA$', AUD: 'A$' };

export function formatMoney(amount: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  const text = Math.abs(amount).toFixed(2);
  const sign = amount < 0 ? '-' : '';
  return symbol ? `${sign}${symbol}${text}` : `${sign}${text} ${currency}`;
}

export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}
