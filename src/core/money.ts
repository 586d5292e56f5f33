// Money is computed in integer cents and printed with its ISO 4217 code.

export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** hours × rate, rounded once, at the end, to the currency's minor unit (cents; whole yen for JPY). */
export function price(hoursWorked: number, rate: number, currency?: string): number {
  const unit = 10 ** (currency ? minorDigits(currency) : 2);
  return Math.round(hoursWorked * rate * unit) / unit;
}

const digits = new Map<string, number>();

/** Digits of the currency's minor unit, as Intl knows them: 2 for EUR and USD, 0 for JPY, at most 2 here (money is summed in cents). */
export function minorDigits(currency: string): number {
  let d = digits.get(currency);
  if (d === undefined) {
    try {
      d = Math.min(2, new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2);
    } catch {
      d = 2;
    }
    digits.set(currency, d);
  }
  return d;
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
