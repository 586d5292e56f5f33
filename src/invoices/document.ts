// What a client document needs beyond lines and totals, stored with the invoice as `document` when
// it is issued, so that it prints the same for ever and an EN 16931 e-invoice (XRechnung, Factur-X)
// can be built from the record later (docs/invoices.md maps each field to its business term):
// seller and bill-to snapshots, terms, PO, payment, tax mode with its legal wording, and the EUR
// rate for VAT charged in another currency. `documentFor` also refuses what the law would: reverse
// charge without both VAT ids, tax under the small-business rule, a VAT-registered seller without
// an id. Pure: client and config in, document out.
import { isEuroCountry, type TaxMode } from '../core/billing.ts';
import type { Client } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { parseDecimal } from '../core/number-input.ts';
import { termsText } from '../core/terms.ts';
import { checkVatId } from '../core/vat-id.ts';
import type { ConfigValues } from '../store/config-file.ts';
import { sellerFrom, type Seller } from './seller.ts';
import { TAX_WORDING } from './tax-wording.ts';

export interface BillTo {
  /** The legal name; the client's name in tt when none was given. */
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  vatId: string;
  email: string;
}

export interface InvoiceDocument {
  seller: Seller;
  billTo: BillTo;
  terms: { days: number; text: string };
  /** The client's purchase order (BT-13); also the buyer reference (BT-10). */
  po: string;
  payment: {
    /** invoice.payment: remit-to text for ACH or cheque. */
    text: string;
    /** UNTDID 4461 (BT-81): 58 SEPA credit transfer (an IBAN is given), 30 credit transfer, 1 not defined. */
    means: '58' | '30' | '1';
  };
  tax: {
    mode: TaxMode;
    /** UNCL 5305 (BT-151): S standard, AE reverse charge, E exempt. */
    category: 'S' | 'AE' | 'E';
    /** The legal wording printed for the mode ("" for standard); the exemption reason (BT-120). */
    wording: string;
    /** VATEX code (BT-121) where the mode has one. */
    exemptionCode: string;
  };
  /** VAT charged in another currency is shown in EUR too: 1 unit of `currency` = `rate` EUR (BT-6, BT-111). */
  eur: { currency: string; rate: number } | null;
  /** UNTDID 1001 (BT-3): 380 commercial invoice. */
  typeCode: string;
  /** UN/ECE rec. 20 (BT-130): HUR, hours. */
  unitCode: 'HUR';
  language: 'en';
}

export interface DocumentOptions {
  /** The currencies of the invoice's lines. */
  currencies: readonly string[];
  /** --tax-mode for this invoice, over the client's. */
  taxMode?: string;
  /** --po for this invoice, over the client's. */
  po?: string;
  /** --eur-rate: 1 unit of the invoice's currency in EUR. */
  eurRate?: string;
}

const smallBusiness = (config: ConfigValues): boolean => config['invoice.smallBusiness'] === true;

/** The tax mode an invoice for the client takes; throws when the mode cannot apply. */
export function taxModeFor(client: Client, config: ConfigValues, override?: string): TaxMode {
  const small = smallBusiness(config);
  if (override !== undefined && !['standard', 'reverse-charge', 'exempt'].includes(override)) {
    throw new UsageError(`--tax-mode: "${override}" is not a tax mode`, 'Use standard, reverse-charge or exempt.');
  }
  const mode = (override as TaxMode | undefined) ?? client.billing?.taxMode ?? (small ? 'exempt' : 'standard');
  if (mode === 'exempt' && !small) {
    throw new UsageError(`${client.name}: the exempt tax mode is the small-business rule (§19 UStG), and invoice.smallBusiness is not set`, 'If the rule applies to you: tt config set invoice.smallBusiness true. Otherwise use --tax-mode standard or reverse-charge.');
  }
  if (small && mode === 'standard') {
    throw new UsageError(`${client.name} is set to charge tax, but invoice.smallBusiness is true: your invoices carry no VAT (§19 UStG)`, `tt client set ${client.name} --tax-mode exempt, or tt config set invoice.smallBusiness false if you now charge VAT.`);
  }
  if (mode === 'exempt' && (client.taxPercent ?? 0) > 0) {
    throw new UsageError(`${client.name} has a tax rate of ${client.taxPercent}%, but invoice.smallBusiness is true: no tax may be charged (§19 UStG)`, `tt client set ${client.name} --tax 0`);
  }
  if (mode === 'reverse-charge') {
    if (!client.billing?.vatId) throw new UsageError(`reverse charge needs ${client.name}'s VAT id, printed on the invoice`, `tt client set ${client.name} --vat-id ID (and --country CODE)`);
    if (!(typeof config['seller.vatId'] === 'string' && config['seller.vatId'])) throw new UsageError('reverse charge needs your own VAT id, printed on the invoice', 'tt config set seller.vatId ID');
  }
  return mode;
}

/**
 * The tax percent of an invoice's lines for the client: the client's rate in standard mode (none
 * when it has none), 0 under reverse charge, and none (no tax lines) when exempt.
 */
export function taxPercentFor(client: Client, config: ConfigValues, override?: string, base: number | undefined = client.taxPercent): number | undefined {
  const mode = taxModeFor(client, config, override);
  if (mode === 'reverse-charge') return 0;
  if (mode === 'exempt') return undefined;
  const seller = sellerFrom(config);
  if (base === undefined && seller.source === 'seller' && isEuroCountry(seller.country)) {
    throw new UsageError(`${client.name} has no tax rate, and an invoice from ${seller.country} must state one`, `tt client set ${client.name} --tax 19% (or --tax 0, or --tax-mode reverse-charge)`);
  }
  return base;
}

export function documentFor(client: Client, config: ConfigValues, opts: DocumentOptions): InvoiceDocument {
  const mode = taxModeFor(client, config, opts.taxMode);
  const percent = taxPercentFor(client, config, opts.taxMode);
  const seller = sellerFrom(config);
  if (seller.source === 'seller' && !seller.vatId && !seller.taxNumber && mode !== 'exempt') {
    throw new UsageError('an invoice must carry your VAT id or your tax number (§14 UStG)', 'tt config set seller.vatId ID, or tt config set seller.taxNumber NUMBER (or invoice.smallBusiness true if §19 UStG applies).');
  }
  if (seller.vatId && seller.country) {
    const r = checkVatId(seller.vatId, seller.country);
    if (!r.ok) throw new UsageError(`seller.vatId ${seller.vatId} does not fit seller.country ${seller.country}: ${r.reason}`, 'tt config set seller.vatId ID (or seller.country CODE)');
  }
  const b = client.billing ?? {};
  const days = b.termsDays ?? (typeof config['invoice.terms'] === 'number' ? config['invoice.terms'] : 14);
  return {
    seller,
    billTo: { name: b.name ?? client.name, street: b.street ?? '', postcode: b.postcode ?? '', city: b.city ?? '', country: b.country ?? '', vatId: b.vatId ?? '', email: b.email ?? '' },
    terms: { days, text: termsText(days) },
    po: poFor(opts.po, b.po),
    payment: { text: typeof config['invoice.payment'] === 'string' ? config['invoice.payment'] : '', means: seller.iban ? '58' : '1' },
    tax: { mode, category: mode === 'reverse-charge' ? 'AE' : mode === 'exempt' ? 'E' : 'S', wording: TAX_WORDING[mode], exemptionCode: mode === 'reverse-charge' ? 'VATEX-EU-AE' : '' },
    eur: eurFor(opts, mode === 'standard' && (percent ?? 0) > 0, seller),
    typeCode: '380',
    unitCode: 'HUR',
    language: 'en',
  };
}

function poFor(given: string | undefined, standing: string | undefined): string {
  if (given === undefined) return standing ?? '';
  if (/[\u0000-\u001f\u007f]/.test(given)) throw new UsageError('--po holds a control character', 'Type the purchase order number on one line.');
  return given.trim();
}

/** The EUR rate: needed when a seller in the euro area charges VAT in another currency. */
function eurFor(opts: DocumentOptions, charged: boolean, seller: Seller): InvoiceDocument['eur'] {
  const foreign = [...new Set(opts.currencies)].filter((c) => c !== 'EUR');
  if (opts.eurRate === undefined) {
    if (charged && foreign.length && isEuroCountry(seller.country)) {
      throw new UsageError(`the VAT on this ${foreign.join('/')} invoice must also be shown in EUR (§16(6) UStG)`, `Give the rate: --eur-rate N, where 1 ${foreign[0]} = N EUR (the ECB reference rate of the issue day, for example).`);
    }
    return null;
  }
  if (!foreign.length) throw new UsageError('--eur-rate: this invoice is in EUR already', 'Leave --eur-rate out.');
  if (foreign.length > 1) throw new UsageError(`--eur-rate: this invoice has lines in ${foreign.join(' and ')}; one rate cannot convert both`, 'Bill each currency on an invoice of its own (--period).');
  const rate = parseDecimal(opts.eurRate, { flag: '--eur-rate', max: 1_000_000, decimals: 8, hint: `Give 1 ${foreign[0]} in EUR, like 0.9213.` });
  if (rate <= 0) throw new UsageError(`--eur-rate: "${opts.eurRate}" is not a rate`, `Give 1 ${foreign[0]} in EUR, like 0.9213.`);
  return { currency: foreign[0]!, rate };
}
