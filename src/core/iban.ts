// IBANs and BICs on client documents. An IBAN is checked by its length for the country (the SWIFT
// registry) and its mod-97 check digits (ISO 13616), which catch every single typo and nearly
// every swap; a BIC by its shape (ISO 9362). Pure.

const LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22,
  VG: 24, XK: 20,
};

export type IbanCheck = { ok: true; iban: string } | { ok: false; reason: string };

/** An IBAN typed with or without spaces, in its compact form, or why it is not one. */
export function checkIban(text: string): IbanCheck {
  const iban = text.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban)) return { ok: false, reason: 'an IBAN is a country code, two check digits and up to 30 letters and digits' };
  const country = iban.slice(0, 2);
  const length = LENGTHS[country];
  if (length === undefined) return { ok: false, reason: `${country} is not a country that uses IBANs` };
  if (iban.length !== length) return { ok: false, reason: `${country} IBANs have ${length} characters; this one has ${iban.length}` };
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return { ok: false, reason: 'its check digits do not match (a typo?)' };
  return { ok: true, iban };
}

/** The remainder of the number the letters spell (A = 10 … Z = 35), worked out in chunks. */
function mod97(s: string): number {
  let rest = 0;
  for (const ch of s) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = (rest * (v >= 10 ? 100 : 10) + v) % 97;
  }
  return rest;
}

/** An IBAN in groups of four, as it is printed. */
export const ibanGroups = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');

export type BicCheck = { ok: true; bic: string } | { ok: false; reason: string };

export function checkBic(text: string): BicCheck {
  const bic = text.toUpperCase().replace(/\s/g, '');
  if (/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) return { ok: true, bic };
  return { ok: false, reason: 'a BIC has 8 or 11 characters: bank (4 letters), country (2), place (2), branch (3, optional)' };
}
