// A client's billing details, printed on its invoices: the legal name and address to bill, VAT id,
// accounts-payable e-mail, payment terms, a standing purchase order and the tax mode. Set by
// `tt client add|set --bill-to-name … --tax-mode …`; each value checked here, with its flag named.
import { requireName, type Client } from './client.ts';
import { countryCode, EURO_COUNTRIES } from './country.ts';
import { UsageError } from './errors.ts';
import { parseTermsDays, TERMS_HINT } from './terms.ts';
import { checkVatId } from './vat-id.ts';

/** standard: the client's tax rate; reverse-charge: 0 %, the client owes the VAT; exempt: §19 UStG. */
export const TAX_MODES = ['standard', 'reverse-charge', 'exempt'] as const;
export type TaxMode = (typeof TAX_MODES)[number];

export interface ClientBilling {
  name?: string;
  street?: string;
  postcode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** Compact form, like DE123456789. */
  vatId?: string;
  email?: string;
  termsDays?: number;
  po?: string;
  taxMode?: TaxMode;
}

export interface BillingFlags {
  billToName?: string;
  street?: string;
  postcode?: string;
  city?: string;
  country?: string;
  vatId?: string;
  email?: string;
  terms?: string;
  po?: string;
  taxMode?: string;
}

/** An address line: empty clears it; control characters never reach a document. */
function textFlag(value: string, flag: string): string | undefined {
  if (value.trim() === '') return undefined;
  return requireName(value, flag, `Type ${flag} on one line, or give "" to remove it.`).trim();
}

/** The client with the billing flags applied ("" removes a detail); throws UsageError naming the flag. */
export function applyBillingFlags(client: Client, f: BillingFlags): Client {
  const b: ClientBilling = { ...client.billing };
  const set = <K extends keyof ClientBilling>(key: K, value: ClientBilling[K] | undefined): void => {
    if (value === undefined) delete b[key];
    else b[key] = value;
  };
  if (f.billToName !== undefined) set('name', textFlag(f.billToName, '--bill-to-name'));
  if (f.street !== undefined) set('street', textFlag(f.street, '--street'));
  if (f.postcode !== undefined) set('postcode', textFlag(f.postcode, '--postcode'));
  if (f.city !== undefined) set('city', textFlag(f.city, '--city'));
  if (f.po !== undefined) set('po', textFlag(f.po, '--po'));
  if (f.country !== undefined) {
    const code = f.country.trim() === '' ? undefined : countryCode(f.country);
    if (code === null) throw new UsageError(`--country: "${f.country}" is not an ISO 3166 country code`, 'Use a two-letter code like DE, AT, GB or US.');
    set('country', code);
  }
  if (f.vatId !== undefined) {
    if (f.vatId.trim() === '') set('vatId', undefined);
    else {
      const r = checkVatId(f.vatId, b.country);
      if (!r.ok) throw new UsageError(`--vat-id: "${f.vatId}" is not a VAT id: ${r.reason}`, 'Copy it from the client\'s letterhead or their invoice details; "" removes it.');
      set('vatId', r.id);
    }
  } else if (f.country !== undefined && b.vatId) {
    // A new country must still fit the id already stored.
    const r = checkVatId(b.vatId, b.country);
    if (!r.ok) throw new UsageError(`--country ${b.country ?? '""'}: the stored VAT id ${b.vatId} does not fit: ${r.reason}`, 'Give the matching --vat-id too.');
  }
  if (f.email !== undefined) {
    const e = f.email.trim();
    if (e && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)) throw new UsageError(`--email: "${f.email}" is not an e-mail address`, 'Give the address invoices go to, like ap@acme.example.');
    set('email', e || undefined);
  }
  if (f.terms !== undefined) {
    const days = f.terms.trim() === '' ? undefined : parseTermsDays(f.terms);
    if (days === null) throw new UsageError(`--terms: "${f.terms}" is not payment terms`, TERMS_HINT);
    set('termsDays', days);
  }
  if (f.taxMode !== undefined) {
    if (!(TAX_MODES as readonly string[]).includes(f.taxMode)) throw new UsageError(`--tax-mode: "${f.taxMode}" is not a tax mode`, `Use ${TAX_MODES.join(', ')}.`);
    set('taxMode', f.taxMode as TaxMode);
  }
  const out: Client = { ...client, billing: b };
  if (!Object.keys(b).length) delete out.billing;
  return out;
}

/** The lines of a billing address as printed: street, postcode and city, and the country when abroad. */
export function addressLines(p: { street?: string; postcode?: string; city?: string; country?: string }, countryName: (code: string) => string, home?: string): string[] {
  const place = [p.postcode, p.city].filter(Boolean).join(' ');
  const lines = [p.street ?? '', place];
  if (p.country && p.country !== home) lines.push(countryName(p.country));
  return lines.filter((l) => l.trim());
}

export const isEuroCountry = (code: string | undefined): boolean => code !== undefined && EURO_COUNTRIES.has(code);
