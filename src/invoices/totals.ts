// Totals per currency: hours, net (sum of line amounts), tax per client, gross. Money is summed in
// cents so a hundred lines never drift by a cent.
import { minorDigits, toCents } from '../core/money.ts';
import type { ClientTax, CurrencyTotal, InvoiceLine } from './model.ts';

export function invoiceTotals(lines: readonly InvoiceLine[], tax: readonly ClientTax[]): CurrencyTotal[] {
  const byCurrency = new Map<string, { hoursE4: number; net: number; byClient: Map<string, number> }>();
  for (const l of lines) {
    const t = byCurrency.get(l.currency) ?? { hoursE4: 0, net: 0, byClient: new Map<string, number>() };
    // Hours carry 4 decimals; summing 0.0001 h steps as integers keeps 0.1 + 0.2 exact.
    t.hoursE4 += Math.round(l.hours * 10_000);
    const cents = l.amount === null ? 0 : toCents(l.amount);
    t.net += cents;
    t.byClient.set(l.client, (t.byClient.get(l.client) ?? 0) + cents);
    byCurrency.set(l.currency, t);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, t]) => {
      let taxCents = 0;
      // Tax is worked out per client (each has its own rate) and rounded once per client, to the
      // currency's minor unit (whole yen: 100 "cents").
      const step = 10 ** (2 - minorDigits(currency));
      for (const [client, net] of t.byClient) taxCents += Math.round((net * (tax.find((x) => x.client === client)?.percent ?? 0)) / 100 / step) * step;
      return { currency, hours: t.hoursE4 / 10_000, net: t.net / 100, tax: taxCents / 100, gross: (t.net + taxCents) / 100 };
    });
}
