// The config keys of client documents: who sends the invoice (seller.*), whether the small-business
// rule of §19 UStG applies, the payment text and the default terms. Part of CONFIG_KEYS (the stable
// interface); each value is checked when it is set, so an invoice never carries a malformed IBAN.
import type { KeySpec } from './config-keys.ts';
import { countryCode } from './country.ts';
import { ValueProblem } from './errors.ts';
import { checkBic, checkIban } from './iban.ts';
import { parseTermsDays, TERMS_HINT } from './terms.ts';
import { checkVatId } from './vat-id.ts';

/** One line of text: a name or an address line (a control character would reach the document). */
const line = (what: string): KeySpec['parse'] => (t) => {
  if (/[\u0000-\u001f\u007f]/.test(t)) throw new ValueProblem(`${what} holds a control character; type it on one line`);
  return t.trim();
};

const text = (describe: string, what: string): KeySpec => ({ describe, default: () => '', parse: line(what) });

export const SELLER_KEYS: Record<string, KeySpec> = {
  'seller.name': text('your legal name or company name, printed as the sender of invoices', 'the name'),
  'seller.street': text('your street and number', 'the street'),
  'seller.postcode': text('your postcode', 'the postcode'),
  'seller.city': text('your city', 'the city'),
  'seller.country': {
    describe: 'your country, ISO 3166 code like DE or US',
    default: () => '',
    parse: (t) => countryCode(t) ?? (() => { throw new ValueProblem(`"${t}" is not an ISO 3166 country code (like DE, AT or US)`); })(),
  },
  'seller.vatId': {
    describe: 'your VAT id (USt-IdNr.), like DE123456789; needed for reverse charge',
    default: () => '',
    parse: (t) => {
      const r = checkVatId(t);
      if (!r.ok) throw new ValueProblem(`"${t}" is not a VAT id: ${r.reason}`);
      return r.id;
    },
  },
  'seller.taxNumber': text('your tax number (Steuernummer), printed when you have no VAT id', 'the tax number'),
  'seller.iban': {
    describe: 'the IBAN invoices ask to be paid to',
    default: () => '',
    parse: (t) => {
      const r = checkIban(t);
      if (!r.ok) throw new ValueProblem(`"${t}" is not an IBAN: ${r.reason}`);
      return r.iban;
    },
  },
  'seller.bic': {
    describe: 'the BIC of that account',
    default: () => '',
    parse: (t) => {
      const r = checkBic(t);
      if (!r.ok) throw new ValueProblem(`"${t}" is not a BIC: ${r.reason}`);
      return r.bic;
    },
  },
  'seller.email': {
    describe: 'your e-mail address on invoices',
    default: () => '',
    parse: (t) => {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(t.trim())) throw new ValueProblem(`"${t}" is not an e-mail address`);
      return t.trim();
    },
  },
  'seller.phone': text('your phone number on invoices (XRechnung asks for one)', 'the phone number'),
  'invoice.smallBusiness': {
    describe: 'true: you charge no VAT under §19 UStG (Kleinunternehmer); invoices say so and carry no tax',
    default: () => false,
    parse: (t) => {
      const v = t.trim().toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(v)) return true;
      if (['false', 'no', 'off', '0'].includes(v)) return false;
      throw new ValueProblem(`"${t}" is not true or false`);
    },
  },
  'invoice.payment': {
    describe: 'how to pay you, printed under the totals (ACH details, a cheque address); \\n is a line break',
    default: () => '',
    parse: (t) => t,
  },
  'invoice.terms': {
    describe: 'days to pay when the client has no --terms of its own, like 14d or 30',
    default: () => 14,
    parse: (t) => parseTermsDays(t) ?? (() => { throw new ValueProblem(`"${t}" is not payment terms. ${TERMS_HINT}`); })(),
    format: (v) => `${String(v)}d`,
  },
};
