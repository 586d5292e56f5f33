// Sums of priced lines per group (client, project, day or tag) and over the whole report.
import type { PricedLine } from './pricing.ts';

export type GroupBy = 'client' | 'project' | 'day' | 'tag';
export const GROUP_BY: readonly GroupBy[] = ['client', 'project', 'day', 'tag'];

export interface CurrencySum {
  currency: string;
  /** Net: invoiced (as billed) plus the value of what is not invoiced yet. */
  cents: number;
  invoicedCents: number;
  /** Of the invoiced money: tax, received, still to be paid. */
  taxCents: number;
  paidCents: number;
  openCents: number;
}

export interface Sums {
  minutes: number;
  invoicedMinutes: number;
  nonBillableMinutes: number;
  /** Billable time without a price: the client has no rate on that day, or tt no longer knows it. */
  unpricedMinutes: number;
  money: CurrencySum[]; // sorted by currency
}

export interface Group extends Sums {
  /** Client name, "client/project", YYYY-MM-DD, or a tag; null is time without any tag. */
  key: string | null;
  client?: string;
  project?: string;
}

export function groupKey(line: PricedLine, by: GroupBy): string | null {
  if (by === 'client') return line.client;
  if (by === 'project') return line.project ? `${line.client}/${line.project}` : line.client;
  if (by === 'day') return line.day;
  return line.tag ?? null;
}

function emptySums(): Sums {
  return { minutes: 0, invoicedMinutes: 0, nonBillableMinutes: 0, unpricedMinutes: 0, money: [] };
}

function add(s: Sums, l: PricedLine): void {
  s.minutes += l.minutes;
  if (l.invoiced) s.invoicedMinutes += l.minutes;
  if (!l.billable) s.nonBillableMinutes += l.minutes;
  else if (l.currency === null) s.unpricedMinutes += l.minutes;
  else {
    const m = currencySum(s, l.currency);
    m.cents += l.cents;
    if (l.invoiced) {
      m.invoicedCents += l.cents;
      m.taxCents += l.taxCents;
      m.paidCents += l.paidCents;
      m.openCents += l.openCents;
    }
  }
}

/** The sum of one currency, made on first use; a plain loop (a report adds up every line, cold code). */
function currencySum(s: Sums, currency: string): CurrencySum {
  for (let i = 0; i < s.money.length; i++) if (s.money[i]!.currency === currency) return s.money[i]!;
  const m = { currency, cents: 0, invoicedCents: 0, taxCents: 0, paidCents: 0, openCents: 0 };
  s.money.push(m);
  // Codes are ASCII letters: a plain comparison, not localeCompare, whose first call starts ICU's collator.
  s.money.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  return m;
}

export function sumLines(lines: readonly PricedLine[]): Sums {
  const s = emptySums();
  for (const l of lines) add(s, l);
  return s;
}

/** Sums of sums: the totals of groups that split the lines between them (each line in one group). */
export function sumGroups(groups: readonly Sums[]): Sums {
  const s = emptySums();
  for (const g of groups) {
    s.minutes += g.minutes;
    s.invoicedMinutes += g.invoicedMinutes;
    s.nonBillableMinutes += g.nonBillableMinutes;
    s.unpricedMinutes += g.unpricedMinutes;
    for (const m of g.money) {
      const t = currencySum(s, m.currency);
      t.cents += m.cents;
      t.invoicedCents += m.invoicedCents;
      t.taxCents += m.taxCents;
      t.paidCents += m.paidCents;
      t.openCents += m.openCents;
    }
  }
  return s;
}

/** Groups in key order; time without a tag comes last. */
export function groupLines(lines: readonly PricedLine[], by: GroupBy): Group[] {
  const groups = new Map<string, Group>();
  for (const l of lines) {
    const key = groupKey(l, by);
    const id = key ?? '\uffff';
    let g = groups.get(id);
    if (!g) {
      g = { key, ...emptySums(), ...(by === 'project' ? { client: l.client, project: l.project } : {}) };
      groups.set(id, g);
    }
    add(g, l);
  }
  return [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, g]) => g);
}
