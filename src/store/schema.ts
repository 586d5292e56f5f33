// Validation of stored documents with zod/mini (small and quick to load). Only commands that read
// history load this module; start, stop and status never do.
import * as z from 'zod/mini';

const iso = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 instant'));
const source = z.enum(['cli', 'hook', 'shell', 'review', 'import', 'sync']);

const base = {
  id: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'not a ULID')),
  v: z.literal(1),
  device: z.string(),
  at: iso,
  tz: z.string(),
  source,
  action: z.string(),
};

const fields = {
  client: z.string().check(z.minLength(1)),
  project: z.optional(z.string()),
  tags: z.array(z.string()),
  note: z.optional(z.string()),
  internalNote: z.optional(z.string()),
  estimateMin: z.optional(z.number()),
};

export const timeEventSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, ...fields, kind: z.literal('entry'), entry: z.string(), start: iso, end: z.nullable(iso), origin: z.optional(z.string()) }),
  z.object({
    ...base,
    kind: z.literal('edit'),
    entry: z.string(),
    set: z.object({
      start: z.optional(iso),
      end: z.optional(z.nullable(iso)),
      client: z.optional(z.string()),
      project: z.optional(z.string()),
      tags: z.optional(z.array(z.string())),
      note: z.optional(z.string()),
      internalNote: z.optional(z.string()),
      estimateMin: z.optional(z.number()),
      invoice: z.optional(z.nullable(z.string())),
    }),
  }),
  z.object({ ...base, kind: z.literal('delete'), entry: z.string() }),
  z.object({ ...base, kind: z.literal('undo'), undoes: z.string() }),
]);

const rate = z.object({ from: z.nullable(z.string()), rate: z.number() });

export const clientSchema = z.object({
  name: z.string().check(z.minLength(1)),
  rates: z.array(rate),
  currency: z.string(),
  roundMin: z.number(),
  roundMode: z.enum(['up', 'nearest', 'down']),
  billable: z.boolean(),
  taxPercent: z.optional(z.number()),
  currencies: z.optional(z.array(z.object({ from: z.string(), currency: z.string() }))),
  rounds: z.optional(z.array(z.object({ from: z.string(), roundMin: z.number(), roundMode: z.enum(['up', 'nearest', 'down']) }))),
  taxes: z.optional(z.array(z.object({ from: z.string(), percent: z.nullable(z.number()) }))),
  aliases: z.array(z.string()),
  repos: z.array(z.string()),
  remotes: z.array(z.string()),
  meetings: z.array(z.string()),
  domains: z.array(z.string()),
  calendars: z.array(z.string()),
  billing: z.optional(
    z.object({
      name: z.optional(z.string()),
      street: z.optional(z.string()),
      postcode: z.optional(z.string()),
      city: z.optional(z.string()),
      country: z.optional(z.string()),
      vatId: z.optional(z.string()),
      email: z.optional(z.string()),
      termsDays: z.optional(z.number()),
      po: z.optional(z.string()),
      taxMode: z.optional(z.enum(['standard', 'reverse-charge', 'exempt'])),
    }),
  ),
});

/** A readable one-line account of why a record failed. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'record'}: ${i.message}`)
    .join('; ');
}
