// Validation of stored invoice documents (zod/mini, like the rest of the store): version 2, written
// by this tt, and version 1, written by earlier ones (read as they are, never rewritten), plus the
// status records of invoices/events/<device>.jsonl.
import * as z from 'zod/mini';
import { documentSchema } from './document-schema.ts';

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD day'));
const money = z.number();
const currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'not an ISO 4217 code'));

const cover = z.object({ entry: z.string().check(z.minLength(1)), hours: z.number(), note: z.optional(z.string()) });

const line = z.object({
  date: z.nullable(day),
  client: z.string().check(z.minLength(1)),
  project: z.nullable(z.string()),
  hours: z.number(),
  trackedHours: z.nullable(z.number()),
  rate: z.nullable(z.number()),
  currency,
  amount: z.nullable(money),
  description: z.string(),
  covers: z.optional(z.array(cover)),
  span: z.optional(z.object({ start: z.string(), end: z.string() })),
});

const ref = z.object({ id: z.string(), number: z.string(), issued: day });

const common = {
  id: z.string().check(z.minLength(1)),
  number: z.string().check(z.minLength(1)),
  source: z.enum(['tt', 'toggl', 'harvest', 'clockify', 'csv']),
  clients: z.array(z.string()),
  from: z.nullable(day),
  to: z.nullable(day),
  issued: day,
  createdAt: z.string(),
  lines: z.array(line),
  tax: z.array(z.object({ client: z.string(), percent: z.number() })),
  totals: z.array(z.object({ currency: z.string(), hours: z.number(), net: money, tax: money, gross: money })),
  entries: z.array(z.string()),
  action: z.nullable(z.string()),
  file: z.nullable(z.string()),
  sha256: z.nullable(z.string()),
  sender: z.string(),
  footer: z.string(),
  device: z.string(),
  document: z.optional(documentSchema),
};

/** Version 1: what tt wrote before invoices were write-once records. */
export const invoiceSchemaV1 = z.object(common);

export const invoiceSchema = z.object({
  ...common,
  series: z.nullable(z.string()),
  kind: z.enum(['invoice', 'cancellation']),
  due: z.nullable(day),
  credit: z.array(z.object({ currency, amount: money })),
  cancels: z.nullable(ref),
  supplements: z.array(ref),
  group: z.enum(['day', 'project', 'entry']),
});

export const statusRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  invoice: z.string().check(z.minLength(1)),
  kind: z.enum(['sent', 'paid', 'settled', 'void', 'note', 'link']),
  on: day,
  at: z.string(),
  device: z.string(),
  amount: z.optional(money),
  currency: z.optional(currency),
  reason: z.optional(z.string()),
  text: z.optional(z.string()),
  entry: z.optional(z.string()),
  cancellation: z.optional(z.nullable(z.string())),
  reissue: z.optional(z.nullable(z.string())),
  covers: z.optional(z.array(z.object({ line: z.number(), entry: z.string(), hours: z.number() }))),
});

export type InvoiceSchema = typeof invoiceSchema;
export type InvoiceSchemaV1 = typeof invoiceSchemaV1;
