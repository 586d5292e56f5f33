// Countries on client documents: ISO 3166-1 alpha-2 codes, checked against what Intl knows, and the
// English name printed in an address abroad. Pure.

// Made on first use: config keys load this module on every command, timers included.
let displayNames: Intl.DisplayNames | undefined;
const names = (): Intl.DisplayNames => (displayNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }));

/** The code in capitals when it names a country Intl knows ("de" -> "DE"); null otherwise. */
export function countryCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return null;
  // Intl answers the code itself for a code it does not know, and "Unknown Region" for ZZ.
  const name = names().of(code);
  return name && name !== code && name !== 'Unknown Region' ? code : null;
}

export function countryName(code: string): string {
  return countryCode(code) ? names().of(code)! : code;
}

/** Countries that pay in euro: VAT charged in another currency is shown in EUR too (§16(6) UStG). */
export const EURO_COUNTRIES = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK', 'BG']);
