// The tax percent and payment terms an invoice for a client gets. One place, so the billing details
// (tax modes: standard, reverse charge, exempt, document.ts; a client's own terms) decide them for
// every invoice tt computes, over the client's tax history (client-terms.ts). Pure.
import type { Client } from '../core/client.ts';
import { termsOn } from '../core/client-terms.ts';
import type { ConfigValues } from '../store/config-file.ts';
import type { DateString } from '../core/time.ts';
import { taxPercentFor } from './document.ts';

/**
 * The percent of tax on the client's work of `day`; null when no tax line is printed. The tax mode
 * decides (reverse charge 0 %, exempt none); in standard mode the client's rate on that day.
 */
export function invoiceTaxPercent(client: Client, day: DateString, config: ConfigValues, taxMode?: string): number | null {
  return taxPercentFor(client, config, taxMode, termsOn(client, day).taxPercent ?? undefined) ?? null;
}

/** Days from the issue date to the due date: the client's terms, else config `invoice.terms` (14 unless set). */
export function termsDays(client: Client, config: ConfigValues): number {
  if (client.billing?.termsDays !== undefined) return client.billing.termsDays;
  const n = Number(config['invoice.terms']);
  return Number.isFinite(n) && n >= 0 ? n : 14;
}
