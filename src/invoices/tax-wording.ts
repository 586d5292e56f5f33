// The legal wording a client document prints for its tax mode, in English and in the German of the
// statute that requires it: §14a(5) UStG asks for "Steuerschuldnerschaft des Leistungsempfängers" on
// a reverse-charge invoice, and a small business says that §19 UStG is why no VAT is charged.
import type { TaxMode } from '../core/billing.ts';

export const TAX_WORDING: Record<TaxMode, string> = {
  standard: '',
  'reverse-charge': 'Reverse charge: the recipient of the service is liable for the VAT (Article 196, Council Directive 2006/112/EC). Steuerschuldnerschaft des Leistungsempfängers.',
  exempt: 'No VAT is charged: small business under §19 UStG. Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.',
};
