// The tax percent and payment terms an invoice for a client gets. One place, so the billing details
// (tax modes: standard, reverse charge, exempt; a client's own terms) decide them for every
// invoice tt computes. Pure.
import type { Client } from '../core/client.ts';
import { termsOn } from '../core/client-terms.ts';
import type { ConfigValues } from '../store/config-file.ts';
import type { DateString } from '../core/time.ts';

/** The percent of tax on the client's work of `day`; null when no tax line is printed. */
export function invoiceTaxPercent(client: Client, day: DateString, _config: ConfigValues): number | null {
  return termsOn(client, day).taxPercent;
}

/** Days from the issue date to the due date: config `invoice.terms` (14 unless set). */
export function termsDays(_client: Client, config: ConfigValues): number {
  const n = Number(config['invoice.terms']);
  return Number.isFinite(n) && n >= 0 ? n : 14;
}
