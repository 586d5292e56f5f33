// Applies `tt client add|set` flags to a client, validating each with a message naming the flag.
import { applyBillingFlags, type BillingFlags } from './billing.ts';
import type { Client } from './client.ts';
import { requireName } from './client.ts';
import { UsageError } from './errors.ts';
import { isCurrencyCode } from './money.ts';
import { parsePercent, parseRate } from './number-input.ts';
import { parseDay } from './ranges.ts';
import { meetingRuleProblem } from './regex-safety.ts';
import { withRate } from './rates.ts';
import { termsOn, withChange } from './client-terms.ts';
import { parseRoundIncrement, type RoundMode } from './rounding.ts';

export interface ClientFlags extends BillingFlags {
  rate?: string;
  from?: string;
  currency?: string;
  round?: string;
  roundMode?: RoundMode;
  billable?: boolean;
  tax?: string;
  alias?: string[];
  repo?: string[];
  remote?: string[];
  meeting?: string[];
  domain?: string[];
  calendar?: string[];
  clear?: string[];
}

const RULE_FIELDS = { alias: 'aliases', repo: 'repos', remote: 'remotes', meeting: 'meetings', domain: 'domains', calendar: 'calendars' } as const;

function isRuleKind(kind: string): kind is keyof typeof RULE_FIELDS {
  return Object.hasOwn(RULE_FIELDS, kind);
}

function addUnique(list: string[], items: readonly string[] | undefined): string[] {
  const out = [...list];
  for (const i of items ?? []) if (!out.some((x) => x.toLowerCase() === i.toLowerCase())) out.push(i);
  return out;
}

export function applyClientFlags(client: Client, f: ClientFlags, now: number, tz: string): Client {
  const c: Client = { ...client };
  for (const kind of f.clear ?? []) {
    if (!isRuleKind(kind)) throw new UsageError(`--clear ${kind}: not a rule kind`, `Use one of ${Object.keys(RULE_FIELDS).join(', ')}.`);
    c[RULE_FIELDS[kind]] = [];
  }
  if (f.from !== undefined && [f.rate, f.currency, f.round, f.roundMode, f.tax].every((v) => v === undefined)) {
    throw new UsageError('--from goes with --rate, --currency, --round, --round-mode or --tax', 'tt client set acme --rate 100 --from 2026-12-01');
  }
  // Without --from, a change replaces what applies from the beginning (work tracked before a dated
  // change); with it, the change applies from that day on and earlier work keeps what it had.
  const from = f.from === undefined ? null : parseDay(f.from, now, tz, '--from');
  if (f.rate !== undefined) c.rates = withRate(c.rates, { from, rate: parseRate(f.rate) });
  if (f.currency !== undefined) {
    const code = f.currency.toUpperCase();
    if (!isCurrencyCode(code)) throw new UsageError(`--currency: "${f.currency}" is not an ISO 4217 code`, 'Use a code like USD, EUR or GBP.');
    if (from === null) c.currency = code;
    else c.currencies = withChange(c.currencies, { from, currency: code });
  }
  if (f.round !== undefined || f.roundMode !== undefined) {
    const inc = f.round === undefined ? null : parseRoundIncrement(f.round);
    if (f.round !== undefined && (inc === null || inc > 24 * 60)) throw new UsageError(`--round: "${f.round}" is not a rounding increment`, 'Use 6m, 15m or none.');
    if (from === null) {
      if (inc !== null) c.roundMin = inc;
      if (f.roundMode !== undefined) c.roundMode = f.roundMode;
    } else {
      const then = termsOn(c, from);
      c.rounds = withChange(c.rounds, { from, roundMin: inc ?? then.roundMin, roundMode: f.roundMode ?? then.roundMode });
    }
  }
  if (f.billable !== undefined) c.billable = f.billable;
  if (f.tax !== undefined) {
    const percent = /^\s*none\s*$/i.test(f.tax) ? null : parsePercent(f.tax, '--tax');
    if (from !== null) c.taxes = withChange(c.taxes, { from, percent });
    else if (percent === null) delete c.taxPercent;
    else c.taxPercent = percent;
  }
  for (const re of f.meeting ?? []) {
    const why = meetingRuleProblem(re);
    if (why) throw new UsageError(`--meeting "${re}": ${why}`, 'Write a simpler pattern: a word (standup), alternatives (standup|sync), or .* between words (acme.*review).');
  }
  for (const kind of ['alias', 'repo', 'remote', 'calendar'] as const) for (const v of f[kind] ?? []) requireName(v, `--${kind}`);
  for (const d of f.domain ?? []) {
    if (!/^@?[a-z0-9.-]+\.[a-z]{2,}$/i.test(d)) throw new UsageError(`--domain: "${d}" is not an e-mail domain`, 'Use a domain like acme.com.');
  }
  c.aliases = addUnique(c.aliases, f.alias?.map((a) => a.trim()));
  c.repos = addUnique(c.repos, f.repo);
  c.remotes = addUnique(c.remotes, f.remote);
  c.meetings = addUnique(c.meetings, f.meeting);
  c.domains = addUnique(c.domains, f.domain?.map((d) => d.replace(/^@/, '').toLowerCase()));
  c.calendars = addUnique(c.calendars, f.calendar);
  return applyBillingFlags(c, f);
}
