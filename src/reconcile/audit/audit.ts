// Audit arithmetic (ARCHITECTURE.md, Evidence 6, as docs/reconcile.md states it now), pure over plain
// data. Per client, over its period, every hour is explained in three kinds, each with what proves it:
//   - tracked but not invoiced: the units `tt invoice create --unbilled` would bill, with their
//     entries; money exactly what it would bill (same terms, same rounding);
//   - untracked evidence: the gaps reconcile found, with their sources; money = hours × the client's
//     rate on each day;
//   - invoiced without evidence: days whose invoiced hours, less what rounding up added, exceed the
//     evidence; money at that day's invoiced rate.
// All money is before tax. The flag stays on the net figure per client, unbilled = max(0, evidence −
// invoiced), so rounding up never reads as overbilling: flagged when unbilled > max(tolerance ×
// invoiced, 0.25 h).
import { UsageError } from '../../core/errors.ts';
import { eachDay, type DateString } from '../../core/time.ts';
import type { DayRange } from '../../core/ranges.ts';

export const MIN_FLAG_HOURS = 0.25;

export interface AuditLine {
  date: DateString | null;
  client: string;
  hours: number;
  /** Tracked hours behind a line of tt's own (what rounding started from); null for imported lines. */
  trackedHours: number | null;
  rate: number | null;
  currency: string;
  /** The number of the invoice it is on. */
  invoice: string;
}

export interface EvidenceDay {
  date: DateString;
  client: string;
  evidenceHours: number;
}

/** What `--unbilled` would bill for one client, project and day. */
export interface TrackedUnit {
  date: DateString;
  project: string | null;
  hours: number;
  amount: number | null;
  currency: string;
  entries: { id: string; start: number; end: number; hours: number; note: string | null }[];
}

/** A gap reconcile found, cut into the days it touches. */
export interface UntrackedGap<S = unknown> {
  start: number;
  end: number;
  days: { date: DateString; hours: number }[];
  sources: S;
}

export interface ClientScope<S = unknown> {
  client: string;
  period: DayRange;
  /** Numbers of the invoices audited for this client. */
  invoices: string[];
  /** Lines of the audited invoices (undated ones count for the period but no day). */
  lines: AuditLine[];
  /** Lines of other active invoices with days in the period: billed, but not audited. */
  elsewhere: AuditLine[];
  units: TrackedUnit[];
  gaps: UntrackedGap<S>[];
  rateOn: (day: DateString) => number | null;
  /** The client's currency on the period's last day, when tt knows the client. */
  currency: string | null;
}

export interface OverbilledDay {
  date: DateString;
  invoicedHours: number;
  evidenceHours: number;
  roundingHours: number;
  hours: number;
  amount: number | null;
  invoices: string[];
}

export interface ClientAudit<S = unknown> {
  client: string;
  period: DayRange;
  invoices: string[];
  invoicedHours: number;
  evidenceHours: number;
  unbilledHours: number;
  overbilledHours: number;
  /** The client's rate on the period's last day (for reference; money is priced per day). */
  rate: number | null;
  currency: string;
  /** Money to recover, before tax: tracked-not-invoiced plus untracked. */
  unbilledAmount: number | null;
  flagged: boolean;
  trackedNotInvoicedHours: number;
  trackedNotInvoicedAmount: number | null;
  untrackedHours: number;
  untrackedAmount: number | null;
  invoicedWithoutEvidenceHours: number;
  invoicedWithoutEvidenceAmount: number | null;
  /** What rounding up added to the invoiced hours (not counted as overbilling). */
  roundingHours: number;
  /** Hours other active invoices bill in the period (not audited, but billed). */
  billedElsewhereHours: number;
  trackedNotInvoiced: TrackedUnit[];
  untracked: (UntrackedGap<S> & { hours: number; amount: number | null })[];
  invoicedWithoutEvidence: OverbilledDay[];
}

export interface DayAudit {
  client: string;
  date: DateString;
  invoicedHours: number;
  evidenceHours: number;
  differenceHours: number;
}

export interface AuditResult<S = unknown> {
  clients: ClientAudit<S>[];
  days: DayAudit[];
  /** Hours on lines without a date: they count for the client, but no day can show them. */
  undatedHours: Record<string, number>;
}

const r4 = (n: number): number => Math.round(n * 10000) / 10000;
const r2 = (n: number): number => Math.round(n * 100) / 100;
const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((s, x) => s + f(x), 0);
/** Sums money that may be unknown: null as soon as one part is. */
const sumMoney = <T>(xs: readonly T[], f: (x: T) => number | null): number | null => {
  let cents = 0;
  for (const x of xs) {
    const v = f(x);
    if (v === null) return null;
    cents += Math.round(v * 100);
  }
  return cents / 100;
};

export function auditClient<S>(scope: ClientScope<S>, evidence: readonly EvidenceDay[], tolerancePct: number): { audit: ClientAudit<S>; days: DayAudit[]; undated: number } {
  const { client, period } = scope;
  const inPeriod = (d: DateString | null): boolean => d === null || (d >= period.from && d <= period.to);
  const lines = scope.lines.filter((l) => inPeriod(l.date));
  const elsewhere = scope.elsewhere.filter((l) => l.date !== null && inPeriod(l.date));
  const currencies = [...new Set(lines.map((l) => l.currency))];
  if (currencies.length > 1) {
    throw new UsageError(`the audited invoices bill ${client} in ${currencies.join(' and ')}`, "A client's lines must share one currency; audit each currency's invoices separately (--invoice).");
  }
  const ev = evidence.filter((d) => d.client === client && d.date >= period.from && d.date <= period.to);
  const invoiced = sum(lines, (l) => l.hours);
  const billedElsewhere = sum(elsewhere, (l) => l.hours);
  const evidenceHours = sum(ev, (d) => d.evidenceHours);
  const unbilled = Math.max(0, evidenceHours - invoiced - billedElsewhere);

  const untracked = scope.gaps.map((g) => {
    const hours = sum(g.days, (d) => d.hours);
    return { ...g, hours: r4(hours), amount: sumMoney(g.days, (d) => (scope.rateOn(d.date) === null ? null : d.hours * scope.rateOn(d.date)!)) };
  });
  const units = scope.units;

  const days: DayAudit[] = [];
  const overbilled: OverbilledDay[] = [];
  let rounding = 0;
  for (const date of eachDay(period.from, period.to)) {
    const own = [...lines, ...elsewhere].filter((l) => l.date === date);
    const inv = sum(own, (l) => l.hours);
    const evd = sum(
      ev.filter((d) => d.date === date),
      (d) => d.evidenceHours,
    );
    if (inv || evd) days.push({ client, date, invoicedHours: r4(inv), evidenceHours: r4(evd), differenceHours: r4(evd - inv) });
    const up = sum(own, (l) => (l.trackedHours === null ? 0 : Math.max(0, l.hours - l.trackedHours)));
    rounding += up;
    const excess = inv - up - evd;
    if (excess > 0.005) {
      const priced = own.filter((l) => l.rate !== null);
      const pricedHours = sum(priced, (l) => l.hours);
      const rate = pricedHours > 0 ? sum(priced, (l) => l.hours * l.rate!) / pricedHours : scope.rateOn(date);
      overbilled.push({ date, invoicedHours: r4(inv), evidenceHours: r4(evd), roundingHours: r4(up), hours: r4(excess), amount: rate === null ? null : r2(excess * rate), invoices: [...new Set(own.map((l) => l.invoice))].sort() });
    }
  }
  const trackedAmount = sumMoney(units, (u) => u.amount);
  const untrackedAmount = sumMoney(untracked, (g) => g.amount);
  const audit: ClientAudit<S> = {
    client,
    period,
    invoices: scope.invoices,
    invoicedHours: r4(invoiced),
    evidenceHours: r4(evidenceHours),
    unbilledHours: r4(unbilled),
    overbilledHours: r4(Math.max(0, invoiced + billedElsewhere - evidenceHours)),
    rate: scope.rateOn(period.to),
    currency: currencies[0] ?? units[0]?.currency ?? scope.currency ?? 'USD',
    unbilledAmount: trackedAmount === null || untrackedAmount === null ? null : r2(trackedAmount + untrackedAmount),
    flagged: unbilled > Math.max((tolerancePct / 100) * invoiced, MIN_FLAG_HOURS) + 1e-9,
    trackedNotInvoicedHours: r4(sum(units, (u) => u.hours)),
    trackedNotInvoicedAmount: trackedAmount,
    untrackedHours: r4(sum(untracked, (g) => g.hours)),
    untrackedAmount,
    invoicedWithoutEvidenceHours: r4(sum(overbilled, (o) => o.hours)),
    invoicedWithoutEvidenceAmount: sumMoney(overbilled, (o) => o.amount),
    roundingHours: r4(rounding),
    billedElsewhereHours: r4(billedElsewhere),
    trackedNotInvoiced: units,
    untracked,
    invoicedWithoutEvidence: overbilled,
  };
  return { audit, days, undated: r4(sum(lines.filter((l) => l.date === null), (l) => l.hours)) };
}

export function auditClients<S>(scopes: readonly ClientScope<S>[], evidence: readonly EvidenceDay[], tolerancePct: number): AuditResult<S> {
  const result: AuditResult<S> = { clients: [], days: [], undatedHours: {} };
  for (const scope of [...scopes].sort((a, b) => a.client.localeCompare(b.client))) {
    const { audit, days, undated } = auditClient(scope, evidence, tolerancePct);
    result.clients.push(audit);
    result.days.push(...days);
    if (undated) result.undatedHours[scope.client] = undated;
  }
  return result;
}
