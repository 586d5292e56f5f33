// The invoice as tt stores it and `--json` prints it (the README lists every field). Audit
// reads only plain data from here: lines with day, client, hours, rate and currency, and a period.
import type { DateString } from '../core/time.ts';
import type { InvoiceDocument } from './document.ts';

export type InvoiceSource = 'tt' | 'toggl' | 'harvest' | 'clockify' | 'csv';

export interface InvoiceLine {
  /** The day worked; null only for imported lines without a date (the invoice then has a period). */
  date: DateString | null;
  client: string;
  project: string | null;
  /** Billed hours: tracked time rounded by the client's rule, or the hours the file billed. */
  hours: number;
  /** Tracked hours before rounding (tt's own invoices); null for imported lines. */
  trackedHours: number | null;
  rate: number | null;
  currency: string;
  /** hours × rate to the cent, or the amount the file billed; null without a rate. */
  amount: number | null;
  description: string;
}

export interface CurrencyTotal {
  currency: string;
  hours: number;
  net: number;
  tax: number;
  gross: number;
}

export interface ClientTax {
  client: string;
  percent: number;
}

export interface Invoice {
  id: string;
  number: string;
  source: InvoiceSource;
  clients: string[];
  /** The period billed, both days inclusive; null when an imported file gave none. */
  from: DateString | null;
  to: DateString | null;
  /** The day it was issued (local), and the instant it was recorded (UTC). */
  issued: DateString;
  createdAt: string;
  lines: InvoiceLine[];
  tax: ClientTax[];
  totals: CurrencyTotal[];
  /** Entries billed (tt's own invoices) and the action that marked them: `tt undo` reverts it. */
  entries: string[];
  action: string | null;
  /** The file an imported invoice came from, and its SHA-256, so the same file is not recorded twice. */
  file: string | null;
  sha256: string | null;
  sender: string;
  footer: string;
  device: string;
  /** What the client document prints beyond lines and totals (document.ts); none on older invoices and imports. */
  document?: InvoiceDocument;
}
