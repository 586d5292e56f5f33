// How an invoice's lines are shown (`--group`): lines are always computed and stored per client,
// project and day (the rounding unit); `project` shows one row per project (and rate), `entry` one
// row per entry a line bills, its share of the line's hours and amount. Shares are cut so that the
// rows add up to the lines exactly. Pure.
import { toCents } from '../core/money.ts';
import type { Invoice, InvoiceLine } from './model.ts';

export interface ShownLine {
  date: string;
  client: string;
  project: string | null;
  description: string;
  hours: number;
  rate: number | null;
  currency: string;
  amount: number | null;
}

/** Splits `total` (integer units) by `weights`, the remainder going to the largest fractions. */
export function shares(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((n, w) => n + w, 0);
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map((x) => Math.trunc(x));
  let rest = total - out.reduce((n, x) => n + x, 0);
  const order = exact.map((x, i) => ({ i, f: Math.abs(x - Math.trunc(x)) })).sort((a, b) => b.f - a.f);
  for (let k = 0; rest !== 0 && k < order.length; k++) {
    const step = Math.sign(rest);
    out[order[k]!.i]! += step;
    rest -= step;
  }
  return out;
}

function byEntry(l: InvoiceLine): ShownLine[] {
  const covers = l.covers ?? [];
  if (covers.length < 2) return [shown(l)];
  const weights = covers.map((c) => c.hours);
  const hours = shares(Math.round(l.hours * 10_000), weights);
  const cents = l.amount === null ? null : shares(toCents(l.amount), weights);
  return covers.map((c, i) => ({ ...shown(l), description: c.note || l.description, hours: hours[i]! / 10_000, amount: cents ? cents[i]! / 100 : null }));
}

function shown(l: InvoiceLine): ShownLine {
  return { date: l.date ?? '', client: l.client, project: l.project, description: l.description, hours: l.hours, rate: l.rate, currency: l.currency, amount: l.amount };
}

function byProject(lines: readonly InvoiceLine[]): ShownLine[] {
  const rows = new Map<string, { row: ShownLine; days: string[]; notes: string[] }>();
  for (const l of lines) {
    const key = `${l.client}\u0000${l.project ?? ''}\u0000${l.currency}\u0000${l.rate ?? ''}`;
    const r = rows.get(key) ?? { row: { ...shown(l), hours: 0, amount: l.amount === null ? null : 0, description: '' }, days: [], notes: [] };
    r.row.hours = Math.round((r.row.hours + l.hours) * 10_000) / 10_000;
    if (r.row.amount !== null && l.amount !== null) r.row.amount = (toCents(r.row.amount) + toCents(l.amount)) / 100;
    if (l.date) r.days.push(l.date);
    for (const n of l.description.split('; ')) if (n && !r.notes.includes(n)) r.notes.push(n);
    rows.set(key, r);
  }
  return [...rows.values()].map(({ row, days, notes }) => {
    const sorted = days.sort();
    const first = sorted[0] ?? '';
    const last = sorted[sorted.length - 1] ?? '';
    return { ...row, date: first === last ? first : `${first} – ${last}`, description: notes.join('; ') };
  });
}

export function shownLines(inv: Invoice): ShownLine[] {
  if (inv.group === 'project') return byProject(inv.lines);
  if (inv.group === 'entry') return inv.lines.flatMap(byEntry);
  return inv.lines.map(shown);
}
