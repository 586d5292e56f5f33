// Audit arithmetic (ARCHITECTURE.md, Evidence 6), pure over plain data: per client named on the
// invoice, over the period, unbilled = max(0, evidence − invoiced) and overbilled =
// max(0, invoiced − evidence); money at the hours-weighted mean of the lines' rates, or the client's
// rate in force on the period's last day; flagged when unbilled > max(tolerance × invoiced, 0.25 h).
import { UsageError } from '../../core/errors.ts';
import { eachDay, type DateString } from '../../core/time.ts';
import type { AuditPeriod } from './period.ts';

export const MIN_FLAG_HOURS = 0.25;

export interface AuditLine {
  date: DateString | null;
  client: string;
  hours: number;
  rate: number | null;
  currency: string;
}

export interface EvidenceDay {
  date: DateString;
  client: string;
  evidenceHours: number;
}

export interface ClientFacts {
  /** The client's rate in force on the period's last day, and its currency, when tt knows the client. */
  rateOnLastDay: number | null;
  currency: string | null;
}

export interface ClientAudit {
  client: string;
  invoicedHours: number;
  evidenceHours: number;
  unbilledHours: number;
  overbilledHours: number;
  rate: number | null;
  currency: string;
  unbilledAmount: number | null;
  flagged: boolean;
}

export interface DayAudit {
  client: string;
  date: DateString;
  invoicedHours: number;
  evidenceHours: number;
  differenceHours: number;
}

export interface AuditResult {
  clients: ClientAudit[];
  days: DayAudit[];
  /** Hours on lines without a date: they count for the client, but no day can show them. */
  undatedHours: Record<string, number>;
}

const r4 = (n: number): number => Math.round(n * 10000) / 10000;
const r2 = (n: number): number => Math.round(n * 100) / 100;

export function auditInvoice(
  lines: readonly AuditLine[],
  evidence: readonly EvidenceDay[],
  period: AuditPeriod,
  facts: (client: string) => ClientFacts,
  tolerancePct: number,
): AuditResult {
  const inPeriod = lines.filter((l) => l.date === null || (l.date >= period.from && l.date <= period.to));
  const clients = [...new Set(inPeriod.map((l) => l.client))].sort();
  const result: AuditResult = { clients: [], days: [], undatedHours: {} };
  for (const client of clients) {
    const own = inPeriod.filter((l) => l.client === client);
    const currencies = [...new Set(own.map((l) => l.currency))];
    if (currencies.length > 1) {
      throw new UsageError(`the invoice bills ${client} in ${currencies.join(' and ')}`, 'A client\'s lines on one invoice must share one currency; audit each part separately.');
    }
    const invoiced = own.reduce((s, l) => s + l.hours, 0);
    const ev = evidence.filter((d) => d.client === client && d.date >= period.from && d.date <= period.to).reduce((s, d) => s + d.evidenceHours, 0);
    const priced = own.filter((l) => l.rate !== null);
    const pricedHours = priced.reduce((s, l) => s + l.hours, 0);
    const f = facts(client);
    const rate = priced.length && pricedHours > 0 ? priced.reduce((s, l) => s + l.hours * l.rate!, 0) / pricedHours : f.rateOnLastDay;
    const unbilled = Math.max(0, ev - invoiced);
    result.clients.push({
      client,
      invoicedHours: r4(invoiced),
      evidenceHours: r4(ev),
      unbilledHours: r4(unbilled),
      overbilledHours: r4(Math.max(0, invoiced - ev)),
      rate: rate === null ? null : r2(rate),
      currency: currencies[0] ?? f.currency ?? 'USD',
      unbilledAmount: rate === null ? null : r2(unbilled * rate),
      flagged: unbilled > Math.max((tolerancePct / 100) * invoiced, MIN_FLAG_HOURS) + 1e-9,
    });
    const undated = own.filter((l) => l.date === null).reduce((s, l) => s + l.hours, 0);
    if (undated) result.undatedHours[client] = r4(undated);
    for (const date of eachDay(period.from, period.to)) {
      const inv = own.filter((l) => l.date === date).reduce((s, l) => s + l.hours, 0);
      const evd = evidence.filter((d) => d.client === client && d.date === date).reduce((s, d) => s + d.evidenceHours, 0);
      if (inv || evd) result.days.push({ client, date, invoicedHours: r4(inv), evidenceHours: r4(evd), differenceHours: r4(evd - inv) });
    }
  }
  return result;
}
