// Small readers for the non-numeric values of exports: billable flags in several languages, ISO
// currency codes from headers like "Amount (EUR)" or cells like "Euro - EUR", and tag lists.
import { isCurrencyCode } from '../core/money.ts';

const YES = ['yes', 'y', 'true', '1', 'billable', 'ja', 'j', 'oui', 'sí', 'si', 'sim', 'tak', 'да', 'はい', '是', 'evet', 'kyllä', 'igen', 'ano'];
const NO = ['no', 'n', 'false', '0', 'non-billable', 'not billable', 'nein', 'non', 'não', 'nao', 'nie', 'нет', 'いいえ', '否', 'hayır', 'ei', 'nem', 'ne', 'nee', 'nej'];

/** true/false for a billable cell, null when empty, undefined when the value is not understood. */
export function parseBillable(text: string): boolean | null | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  if (YES.includes(t)) return true;
  if (NO.includes(t)) return false;
  return undefined;
}

/** "EUR" from "Amount (EUR)", "Billable Rate (USD)"; null from "Amount ()" or "Amount". */
export function currencyInHeader(name: string): string | null {
  const m = /\(([A-Za-z]{3})\)\s*$/.exec(name);
  const code = m?.[1]?.toUpperCase();
  return code && isCurrencyCode(code) ? code : null;
}

/** "EUR" from "EUR", "Euro - EUR" or "United States Dollar - USD"; undefined when not a code. */
export function currencyInCell(text: string): string | null | undefined {
  const t = text.trim();
  if (!t) return null;
  const m = /(?:^|[\s-])([A-Za-z]{3})$/.exec(t);
  const code = m?.[1]?.toUpperCase();
  return code && isCurrencyCode(code) ? code : undefined;
}

export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
