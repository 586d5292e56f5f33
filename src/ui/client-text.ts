// How a client is shown: one line in messages, and its documented JSON shape.
import type { Client } from '../core/client.ts';
import { formatMoney } from '../core/money.ts';

export function rateText(c: Client): string {
  if (!c.rates.length) return 'no rate';
  return c.rates.map((r) => `${formatMoney(r.rate, c.currency)}/h${r.from ? ` from ${r.from}` : ''}`).join(', ');
}

export function describeClient(c: Client): string {
  const bits = [rateText(c), c.currency, c.roundMin ? `round ${c.roundMin}m ${c.roundMode}` : 'no rounding'];
  if (!c.billable) bits.push('not billable');
  if (c.taxPercent !== undefined) bits.push(`tax ${c.taxPercent}%`);
  const b = c.billing;
  if (b?.taxMode && b.taxMode !== 'standard') bits.push(b.taxMode);
  if (b?.name) bits.push(`bill to ${b.name}${b.country ? `, ${b.country}` : ''}${b.vatId ? `, VAT id ${b.vatId}` : ''}`);
  if (b?.termsDays !== undefined) bits.push(`net ${b.termsDays}`);
  for (const x of c.currencies ?? []) bits.push(`${x.currency} from ${x.from}`);
  for (const x of c.rounds ?? []) bits.push(`${x.roundMin ? `round ${x.roundMin}m ${x.roundMode}` : 'no rounding'} from ${x.from}`);
  for (const x of c.taxes ?? []) bits.push(`${x.percent === null ? 'no tax' : `tax ${x.percent}%`} from ${x.from}`);
  return `${c.name} (${bits.join(', ')})`;
}

export function rulesText(c: Client): string[] {
  const out: string[] = [];
  const add = (name: string, list: string[]): void => {
    if (list.length) out.push(`${name}: ${list.join(', ')}`);
  };
  add('aliases', c.aliases);
  add('repos', c.repos);
  add('remotes', c.remotes);
  add('meetings', c.meetings);
  add('domains', c.domains);
  add('calendars', c.calendars);
  return out;
}

export function clientJson(c: Client): Record<string, unknown> {
  return {
    name: c.name,
    rates: c.rates,
    currency: c.currency,
    round: { incrementMinutes: c.roundMin, mode: c.roundMode },
    billable: c.billable,
    taxPercent: c.taxPercent ?? null,
    billing: {
      name: c.billing?.name ?? null,
      street: c.billing?.street ?? null,
      postcode: c.billing?.postcode ?? null,
      city: c.billing?.city ?? null,
      country: c.billing?.country ?? null,
      vatId: c.billing?.vatId ?? null,
      email: c.billing?.email ?? null,
      termsDays: c.billing?.termsDays ?? null,
      po: c.billing?.po ?? null,
      taxMode: c.billing?.taxMode ?? null,
    },
    // Changes from a day on (the fields above apply before the first of each).
    currencies: c.currencies ?? [],
    rounds: (c.rounds ?? []).map((r) => ({ from: r.from, incrementMinutes: r.roundMin, mode: r.roundMode })),
    taxes: c.taxes ?? [],
    aliases: c.aliases,
    rules: { repos: c.repos, remotes: c.remotes, meetings: c.meetings, domains: c.domains, calendars: c.calendars },
  };
}
