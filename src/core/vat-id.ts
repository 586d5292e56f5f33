// VAT identification numbers by the shape each country gives them (the EU's VIES formats, plus GB,
// XI, CH and NO). Shape only: a check digit or a VIES query would need the country's algorithm or
// the network. An id of a country outside the table is free text (a US EIN, an ABN, a Japanese
// T-number), checked only for characters. Pure.

const SHAPES: Record<string, { re: RegExp; example: string }> = {
  AT: { re: /^ATU\d{8}$/, example: 'ATU12345678' },
  BE: { re: /^BE[01]\d{9}$/, example: 'BE0123456789' },
  BG: { re: /^BG\d{9,10}$/, example: 'BG123456789' },
  CY: { re: /^CY\d{8}[A-Z]$/, example: 'CY12345678X' },
  CZ: { re: /^CZ\d{8,10}$/, example: 'CZ12345678' },
  DE: { re: /^DE\d{9}$/, example: 'DE123456789' },
  DK: { re: /^DK\d{8}$/, example: 'DK12345678' },
  EE: { re: /^EE\d{9}$/, example: 'EE123456789' },
  EL: { re: /^EL\d{9}$/, example: 'EL123456789' },
  ES: { re: /^ES[A-Z0-9]\d{7}[A-Z0-9]$/, example: 'ESX1234567X' },
  FI: { re: /^FI\d{8}$/, example: 'FI12345678' },
  FR: { re: /^FR[A-HJ-NP-Z0-9]{2}\d{9}$/, example: 'FR12345678901' },
  HR: { re: /^HR\d{11}$/, example: 'HR12345678901' },
  HU: { re: /^HU\d{8}$/, example: 'HU12345678' },
  IE: { re: /^IE(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/, example: 'IE1234567T' },
  IT: { re: /^IT\d{11}$/, example: 'IT12345678901' },
  LT: { re: /^LT(\d{9}|\d{12})$/, example: 'LT123456789' },
  LU: { re: /^LU\d{8}$/, example: 'LU12345678' },
  LV: { re: /^LV\d{11}$/, example: 'LV12345678901' },
  MT: { re: /^MT\d{8}$/, example: 'MT12345678' },
  NL: { re: /^NL\d{9}B\d{2}$/, example: 'NL123456789B01' },
  PL: { re: /^PL\d{10}$/, example: 'PL1234567890' },
  PT: { re: /^PT\d{9}$/, example: 'PT123456789' },
  RO: { re: /^RO\d{2,10}$/, example: 'RO1234567890' },
  SE: { re: /^SE\d{10}01$/, example: 'SE123456789001' },
  SI: { re: /^SI\d{8}$/, example: 'SI12345678' },
  SK: { re: /^SK\d{10}$/, example: 'SK1234567890' },
  XI: { re: /^XI(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/, example: 'XI123456789' },
  GB: { re: /^GB(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/, example: 'GB123456789' },
  CH: { re: /^CHE\d{9}(MWST|TVA|IVA)?$/, example: 'CHE123456789MWST' },
  NO: { re: /^NO\d{9}(MVA)?$/, example: 'NO123456789MVA' },
};

/** The VAT prefix of a country: Greece's ids start with EL. */
export const vatPrefix = (country: string): string => (country === 'GR' ? 'EL' : country);

/** Whether the country has VAT ids tt knows the shape of (the EU, GB, CH, NO): its tax is called VAT. */
export const hasVat = (country: string): boolean => vatPrefix(country) in SHAPES;

export type VatCheck = { ok: true; id: string } | { ok: false; reason: string };

/**
 * A VAT id written the usual ways ("DE 123 456 789", "de123456789", "CHE-123.456.789 MWST") in its
 * compact form, or why it is not one. `country` is the party's country, when known: an EU party's
 * id must carry an EU prefix.
 */
export function checkVatId(text: string, country?: string): VatCheck {
  const raw = text.trim();
  if (!raw) return { ok: false, reason: 'it is empty' };
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { ok: false, reason: 'it holds a control character' };
  const id = raw.toUpperCase().replace(/[\s.\-/]/g, '');
  const prefix = id.slice(0, 2) === 'CH' ? 'CH' : id.slice(0, 2);
  const shape = SHAPES[prefix];
  if (shape) {
    if (shape.re.test(id)) return { ok: true, id };
    return { ok: false, reason: `${prefix} VAT ids look like ${shape.example}` };
  }
  const own = country ? SHAPES[vatPrefix(country)] : undefined;
  if (own) return { ok: false, reason: `a VAT id from ${country} starts with ${vatPrefix(country!)}, like ${own.example}` };
  if (id.length > 32 || !/^[A-Z0-9]+$/.test(id)) return { ok: false, reason: 'use letters and digits (spaces, dots and dashes are dropped), at most 32' };
  return { ok: true, id };
}
