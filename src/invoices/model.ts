// The invoice as tt stores it and `--json` prints it (docs/invoices.md lists every field). An issued
// invoice is a record written once: its lines, the entries each line covers, tax, totals and dates
// never change. What happens to it later is an append-only status record of its own (records.ts),
// and its status is folded from those (status.ts). Audit and report read only plain data from here.
import type { DateString } from '../core/time.ts';
import type { InvoiceDocument } from './document.ts';

export type InvoiceSource = 'tt' | 'toggl' | 'harvest' | 'clockify' | 'csv';

/** One entry a line bills, and how many of its hours (all of them, on tt's own invoices). */
export interface Cover {
  entry: string;
  hours: number;
  /** The entry's own note when the line was made, for `--group entry`. */
  note?: string;
}

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
  /**
   * The entries this line bills and how many hours of each. Absent on invoices written before tt
   * recorded it (their entries carry the invoice as a mark instead, see coverage.ts).
   */
  covers?: Cover[];
  /** Imported lines with a start and end time: the instants (UTC), so linking can match by time. */
  span?: { start: string; end: string };
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

/** Credit from the client's earlier overpayments taken off this invoice's amount due. */
export interface CreditApplied {
  currency: string;
  amount: number;
}

/** An invoice, or the cancellation document that takes a sent one back. */
export type InvoiceKind = 'invoice' | 'cancellation';

export interface InvoiceRef {
  id: string;
  number: string;
  issued: DateString;
}

/** How lines are shown on the document; they are always computed per client, project and day. */
export type LineGroup = 'day' | 'project' | 'entry';

export interface Invoice {
  id: string;
  number: string;
  /** The series code of the device that issued it (`tt device series`); null before series existed. */
  series: string | null;
  kind: InvoiceKind;
  source: InvoiceSource;
  clients: string[];
  /** The period billed, both days inclusive; null when an imported file gave none. */
  from: DateString | null;
  to: DateString | null;
  /** The day it was issued (local), and the instant it was recorded (UTC). */
  issued: DateString;
  createdAt: string;
  /** The day payment is due: the issue day plus the terms in days; null for imported invoices. */
  due: DateString | null;
  lines: InvoiceLine[];
  tax: ClientTax[];
  totals: CurrencyTotal[];
  credit: CreditApplied[];
  /** A cancellation document: the invoice it cancels. */
  cancels: InvoiceRef | null;
  /** Earlier invoices whose billed days this one's period covers: printed as "Supplement to invoice N". */
  supplements: InvoiceRef[];
  group: LineGroup;
  /**
   * The entries it bills. Invoices written before invoices were write-once records (version 1)
   * marked them with edit events of one action (`action`), and their lines carry no `covers`: for
   * those, an entry counts as billed while its mark still names the invoice (coverage.ts).
   */
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

/** An invoice of version 1: its entries were marked with edit events, its lines carry no covers. */
export function isLegacy(inv: Invoice): boolean {
  return inv.action !== null || (inv.entries.length > 0 && inv.lines.every((l) => l.covers === undefined));
}
