// Money is computed in integer cents and printed with its ISO 4217 code.

export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** hours × rate, rounded to cents once, at the end. */
export function price(hoursWorked: number, rate: number): number {
  return Math.round(hoursWorked * rate * 100) / 100;
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
