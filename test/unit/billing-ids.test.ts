// VAT ids by country shape, IBANs by length and mod-97 check digits, BICs by shape, countries by
// ISO code: the checks behind `tt client set --vat-id` and `tt config set seller.iban`.
import { describe, expect, test } from 'vitest';
import { countryCode, countryName } from '../../src/core/country.ts';
import { checkBic, checkIban, ibanGroups } from '../../src/core/iban.ts';
import { checkVatId } from '../../src/core/vat-id.ts';

describe('VAT ids', () => {
  test('the usual spellings become the compact id', () => {
    expect(checkVatId('DE 123 456 789')).toEqual({ ok: true, id: 'DE123456789' });
    expect(checkVatId('atu12345678')).toEqual({ ok: true, id: 'ATU12345678' });
    expect(checkVatId('NL123456789B01')).toEqual({ ok: true, id: 'NL123456789B01' });
    expect(checkVatId('CHE-123.456.789 MWST')).toEqual({ ok: true, id: 'CHE123456789MWST' });
    expect(checkVatId('EL123456789', 'GR')).toEqual({ ok: true, id: 'EL123456789' });
  });

  test('a wrong shape for its prefix is refused with the shape', () => {
    expect(checkVatId('DE12345678')).toEqual({ ok: false, reason: 'DE VAT ids look like DE123456789' });
    expect(checkVatId('FR1234')).toEqual({ ok: false, reason: 'FR VAT ids look like FR12345678901' });
    expect(checkVatId('ATU1234567X')).toMatchObject({ ok: false });
  });

  test("an EU party's id must carry its EU prefix; elsewhere an id is free text", () => {
    expect(checkVatId('123456789', 'DE')).toEqual({ ok: false, reason: 'a VAT id from DE starts with DE, like DE123456789' });
    expect(checkVatId('GR123456789', 'GR')).toMatchObject({ ok: false, reason: expect.stringContaining('starts with EL') });
    expect(checkVatId('12-3456789', 'US')).toEqual({ ok: true, id: '123456789' });
    expect(checkVatId('T1234567890123', 'JP')).toEqual({ ok: true, id: 'T1234567890123' });
    expect(checkVatId('a\u001b[31m')).toMatchObject({ ok: false, reason: 'it holds a control character' });
  });
});

describe('IBANs and BICs', () => {
  test('valid IBANs pass in compact form and print in groups of four', () => {
    expect(checkIban('DE89 3704 0044 0532 0130 00')).toEqual({ ok: true, iban: 'DE89370400440532013000' });
    expect(checkIban('gb82west12345698765432')).toEqual({ ok: true, iban: 'GB82WEST12345698765432' });
    expect(ibanGroups('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
  });

  test('a typo, a swap, a wrong length or an unknown country is refused with the reason', () => {
    expect(checkIban('DE89370400440532013001')).toEqual({ ok: false, reason: 'its check digits do not match (a typo?)' });
    expect(checkIban('DE89370400440532031000')).toMatchObject({ ok: false, reason: 'its check digits do not match (a typo?)' });
    expect(checkIban('DE8937040044053201300')).toEqual({ ok: false, reason: 'DE IBANs have 22 characters; this one has 21' });
    expect(checkIban('US12345678901234')).toEqual({ ok: false, reason: 'US is not a country that uses IBANs' });
    expect(checkIban('hello')).toMatchObject({ ok: false });
  });

  test('BICs of 8 or 11 characters', () => {
    expect(checkBic('cobadeffxxx')).toEqual({ ok: true, bic: 'COBADEFFXXX' });
    expect(checkBic('COBADEFF')).toEqual({ ok: true, bic: 'COBADEFF' });
    expect(checkBic('COBADE')).toMatchObject({ ok: false });
  });
});

describe('countries', () => {
  test('ISO codes Intl knows, in capitals, with their English name', () => {
    expect(countryCode('de')).toBe('DE');
    expect(countryCode('QQ')).toBeNull();
    expect(countryCode('Germany')).toBeNull();
    expect(countryName('JP')).toBe('Japan');
  });
});

describe('minor units', () => {
  test("tt's list of currencies without a minor unit is Intl's", async () => {
    const { minorDigits } = await import('../../src/core/money.ts');
    const codes = ['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF', 'EUR', 'USD', 'GBP', 'CHF', 'CAD', 'SEK', 'INR', 'CNY', 'BRL'];
    for (const c of codes) expect([c, minorDigits(c)]).toEqual([c, new Intl.NumberFormat('en', { style: 'currency', currency: c }).resolvedOptions().maximumFractionDigits]);
  });
});
