// Validation of the `document` field of stored invoices (zod/mini, like the rest of the store).
// Optional in the invoice schema: invoices issued before it existed have none and print as before.
import * as z from 'zod/mini';

const s = z.string();

export const documentSchema = z.object({
  seller: z.object({
    name: s,
    street: s,
    postcode: s,
    city: s,
    country: s,
    vatId: s,
    taxNumber: s,
    iban: s,
    bic: s,
    email: s,
    phone: s,
    lines: z.array(s),
    source: z.enum(['seller', 'invoice.from', 'none']),
  }),
  billTo: z.object({ name: s, street: s, postcode: s, city: s, country: s, vatId: s, email: s }),
  terms: z.object({ days: z.number(), text: s }),
  po: s,
  payment: z.object({ text: s, means: z.enum(['58', '30', '1']) }),
  tax: z.object({ mode: z.enum(['standard', 'reverse-charge', 'exempt']), category: z.enum(['S', 'AE', 'E']), wording: s, exemptionCode: s }),
  eur: z.nullable(z.object({ currency: s, rate: z.number() })),
  typeCode: s,
  unitCode: z.literal('HUR'),
  language: z.literal('en'),
});
