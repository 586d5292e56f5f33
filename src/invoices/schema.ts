// Validation of stored invoice documents (zod/mini, like the rest of the store).
import * as z from 'zod/mini';
import { documentSchema } from './document-schema.ts';

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD day'));
const money = z.number();

const line = z.object({
  date: z.nullable(day),
  client: z.string().check(z.minLength(1)),
  project: z.nullable(z.string()),
  hours: z.number(),
  trackedHours: z.nullable(z.number()),
  rate: z.nullable(z.number()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'not an ISO 4217 code')),
  amount: z.nullable(money),
  description: z.string(),
});

export const invoiceSchema = z.object({
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
});
