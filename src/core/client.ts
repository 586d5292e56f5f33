// Clients: who pays, at what rate, in which currency, rounded how, and which evidence belongs to them.
import { distance } from 'fastest-levenshtein';
import type { ClientBilling } from './billing.ts';
import { UsageError } from './errors.ts';
import type { RateChange } from './rates.ts';
import type { RoundMode } from './rounding.ts';
import type { DateString } from './time.ts';

/** Changes of a client's currency, rounding and tax from a day on (see client-terms.ts). */
export interface CurrencyChange {
  from: DateString;
  currency: string;
}
export interface RoundChange {
  from: DateString;
  roundMin: number;
  roundMode: RoundMode;
}
export interface TaxChange {
  from: DateString;
  /** null: no tax from that day on. */
  percent: number | null;
}

export interface Client {
  name: string;
  rates: RateChange[];
  currency: string;
  roundMin: number; // 0: no rounding
  roundMode: RoundMode;
  billable: boolean;
  taxPercent?: number;
  /** Currency, rounding and tax from a day on; `currency`, `roundMin`, `roundMode`, `taxPercent` hold what applies before the first. */
  currencies?: CurrencyChange[];
  rounds?: RoundChange[];
  taxes?: TaxChange[];
  aliases: string[];
  repos: string[];
  remotes: string[];
  meetings: string[];
  domains: string[];
  calendars: string[];
  /** Name, address, VAT id, terms and tax mode printed on invoices (core/billing.ts). */
  billing?: ClientBilling;
}

export function newClient(name: string): Client {
  return {
    name,
    rates: [],
    currency: 'USD',
    roundMin: 0,
    roundMode: 'up',
    billable: true,
    aliases: [],
    repos: [],
    remotes: [],
    meetings: [],
    domains: [],
    calendars: [],
  };
}

export const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * A name typed for something other tools or files know (an alias, a project, a rule): any text but
 * empty or control characters. An empty alias would match every nameless record; an empty remote
 * rule every repo.
 */
export function requireName(text: string, flag: string, hint = `Give ${flag} a name, like ${flag} "Acme Corp".`): string {
  if (text.trim() === '') throw new UsageError(`${flag}: the name is empty`, hint);
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new UsageError(`${flag}: "${JSON.stringify(text).slice(1, -1)}" holds a control character`, 'Type the name without tabs, line breaks or escape sequences.');
  return text;
}

export function findClient(clients: readonly Client[], name: string): Client | undefined {
  const n = name.toLowerCase();
  return clients.find((c) => c.name.toLowerCase() === n);
}

/** A client by name or alias, or a UsageError with a "did you mean" hint: typos never create clients. */
export function requireClient(clients: readonly Client[], name: string): Client {
  const n = name.toLowerCase();
  const found = findClient(clients, name) ?? clients.find((c) => c.aliases.some((a) => a.toLowerCase() === n));
  if (found) return found;
  const guess = closest(name, clients.flatMap((c) => [c.name, ...c.aliases]));
  throw new UsageError(
    `unknown client "${name}"`,
    guess ? `Did you mean "${guess}"? (\`tt client add ${name}\` creates a new one.)` : `Create it with \`tt client add ${name} --rate N\`.`,
  );
}

/** Splits "acme/web" into client and project. */
export function splitTarget(target: string): { client: string; project?: string } {
  const i = target.indexOf('/');
  if (i < 0) return { client: target };
  const project = target.slice(i + 1);
  return { client: target.slice(0, i), project: project || undefined };
}

/**
 * The candidate nearest to `word` (ignoring case) by edit distance, when near enough to be a typo of
 * it: at most 2 edits, or a third of the word's length. The first of equally near ones. The
 * distance is fastest-levenshtein's (a few kilobytes: `tt start acme` with a typo reaches it).
 */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}
