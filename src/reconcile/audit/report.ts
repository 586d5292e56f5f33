// The audit as JSON (documented in the README) and as text whose first line is the verdict.
import type { ChalkInstance } from 'chalk';
import { basename } from 'node:path';
import { formatMoney } from '../../core/money.ts';
import { formatClock, localDate } from '../../core/time.ts';
import { sourceJson } from '../json.ts';
import type { Result } from '../reconcile.ts';
import { sourceViews } from '../sources.ts';
import { sourceLine } from '../text.ts';
import { hours } from '../../core/duration.ts';
import { isoUtc } from '../../core/time.ts';
import type { AuditResult, ClientAudit } from './audit.ts';
import type { AuditPeriod } from './period.ts';
import type { AuditedInvoice } from './invoice-source.ts';

export interface AuditReport {
  invoice: AuditedInvoice;
  period: AuditPeriod;
  tz: string;
  tolerancePct: number;
  audit: AuditResult;
  reconciled: Result;
}

/** Gaps on days where a client has more evidence than invoice: where the hours went. */
export function relevantGaps(r: AuditReport): Result['gaps'] {
  const short = new Set(r.audit.days.filter((d) => d.differenceHours > 0).map((d) => `${d.client} ${d.date}`));
  return r.reconciled.gaps.filter((g) => short.has(`${g.client} ${localDate(g.start, r.tz)}`));
}

function relevantConflicts(r: AuditReport): Result['conflicts'] {
  const named = new Set(r.audit.clients.map((c) => c.client));
  return r.reconciled.conflicts.filter((c) => c.clients.some((x) => named.has(x)));
}

export function auditJson(r: AuditReport): Record<string, unknown> {
  const unbilledAmount: Record<string, number> = {};
  for (const c of r.audit.clients) if (c.unbilledAmount !== null) unbilledAmount[c.currency] = Math.round(((unbilledAmount[c.currency] ?? 0) + c.unbilledAmount) * 100) / 100;
  const sum = (f: (c: ClientAudit) => number): number => Math.round(r.audit.clients.reduce((s, c) => s + f(c), 0) * 10000) / 10000;
  return {
    invoice: { id: r.invoice.id, number: r.invoice.number, source: r.invoice.source, from: r.period.from, to: r.period.to, periodAssumed: r.period.source === 'assumed', periodSource: r.period.source },
    tz: r.tz,
    tolerancePercent: r.tolerancePct,
    clients: r.audit.clients,
    days: r.audit.days,
    gaps: relevantGaps(r).map((g) => ({ client: g.client, start: isoUtc(g.start), end: isoUtc(g.end), hours: hours(g.end - g.start), sources: sourceViews(g.sources, g.start, g.end).map(sourceJson) })),
    conflicts: relevantConflicts(r).map((c) => ({ start: isoUtc(c.start), end: isoUtc(c.end), hours: hours(c.end - c.start), clients: c.clients, kinds: c.kinds })),
    totals: { invoicedHours: sum((c) => c.invoicedHours), evidenceHours: sum((c) => c.evidenceHours), unbilledHours: sum((c) => c.unbilledHours), unbilledAmount },
  };
}

const h1 = (n: number): string => `${n.toFixed(1)} h`;
const money = (c: ClientAudit): string => (c.unbilledAmount === null ? 'no rate known' : formatMoney(c.unbilledAmount, c.currency));

export function verdictLines(r: AuditReport): string[] {
  const span = `${r.period.from}..${r.period.to}`;
  const flagged = r.audit.clients.filter((c) => c.flagged);
  if (!flagged.length) {
    const name = r.invoice.number ? `Invoice ${r.invoice.number}` : `The invoice`;
    return [`${name} matches the evidence within ${r.tolerancePct}% for ${r.audit.clients.map((c) => c.client).join(', ')} in ${span}.`];
  }
  return flagged
    .sort((a, b) => b.unbilledHours - a.unbilledHours)
    .map((c) => `${c.client}: ${h1(c.unbilledHours)} unbilled (${money(c)}) in ${span}: invoiced ${h1(c.invoicedHours)}, evidence ${h1(c.evidenceHours)}`);
}

export function auditText(r: AuditReport, c: ChalkInstance): string {
  const out = verdictLines(r).map((l, i) => (r.audit.clients.some((x) => x.flagged) ? c.red.bold(l) : i === 0 ? c.green(l) : l));
  const which = r.invoice.number ? `invoice ${r.invoice.number} (${r.invoice.source})` : `${basename(r.invoice.id)} (${r.invoice.source})`;
  const how = { given: 'as given with --period', recorded: 'as recorded with the invoice', assumed: 'assumed: the whole Monday-to-Sunday weeks its dated lines touch' }[r.period.source];
  out.push('', `Audited ${which} over ${r.period.from}..${r.period.to}, ${how}; days in ${r.tz}.`, '');
  const w = Math.max(6, ...r.audit.clients.map((x) => x.client.length));
  out.push(c.bold(`${'client'.padEnd(w)}  invoiced  evidence  unbilled  overbilled  amount`));
  for (const x of r.audit.clients) {
    const flag = x.flagged ? c.red('  flagged') : '';
    out.push(`${x.client.padEnd(w)}  ${h1(x.invoicedHours).padStart(8)}  ${h1(x.evidenceHours).padStart(8)}  ${h1(x.unbilledHours).padStart(8)}  ${h1(x.overbilledHours).padStart(10)}  ${money(x)}${flag}`);
  }
  for (const [client, undated] of Object.entries(r.audit.undatedHours)) out.push(c.dim(`  ${client}: ${h1(undated)} on lines without a date count for the period but for no day`));
  const diff = r.audit.days.filter((d) => Math.abs(d.differenceHours) >= 0.01);
  if (diff.length) {
    out.push('', c.bold('Days where invoice and evidence differ'));
    for (const d of diff) out.push(`  ${d.date}  ${d.client.padEnd(w)}  invoiced ${h1(d.invoicedHours)}, evidence ${h1(d.evidenceHours)}, ${d.differenceHours > 0 ? '+' : ''}${d.differenceHours.toFixed(1)} h`);
  }
  const gaps = relevantGaps(r);
  if (gaps.length) {
    out.push('', c.bold('Untracked work on those days'));
    for (const g of gaps) {
      out.push(`  ${localDate(g.start, r.tz)} ${formatClock(g.start, r.tz)}–${formatClock(g.end, r.tz)}  ${g.client}  ${h1((g.end - g.start) / 3600_000)}`);
      for (const v of sourceViews(g.sources, g.start, g.end)) out.push(c.dim(`      ${sourceLine(v, r.tz)}`));
    }
  }
  const conflicts = relevantConflicts(r);
  if (conflicts.length) {
    out.push('', c.bold('Conflicts between clients'));
    for (const k of conflicts) out.push(`  ${localDate(k.start, r.tz)} ${formatClock(k.start, r.tz)}–${formatClock(k.end, r.tz)}  ${k.clients.join(' vs ')} (${k.kinds.join(', ')})`);
  }
  return `${out.join('\n')}\n`;
}
