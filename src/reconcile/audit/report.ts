// The audit as JSON (docs/audit.md lists the fields) and as text: the verdict per
// client first, then what proves each kind of hour, and last the exact commands that recover the
// money. Money is before tax everywhere; durations under an hour show as minutes.
import type { ChalkInstance } from 'chalk';
import { formatMoney } from '../../core/money.ts';
import { formatClock, isoUtc, localDate } from '../../core/time.ts';
import { visible } from '../../core/visible.ts';
import { hours } from '../../core/duration.ts';
import { hoursText } from '../../invoices/hours-text.ts';
import { sourceJson } from '../json.ts';
import type { Result } from '../reconcile.ts';
import type { Interval } from '../rules/types.ts';
import { sourceViews, type SourceView } from '../sources.ts';
import { sourceLine } from '../text.ts';
import type { ClientAudit } from './audit.ts';
import type { AuditReport } from './service.ts';

type Client = ClientAudit<Interval[]>;

const h = (n: number): string => (n === 0 ? '0.0 h' : hoursText(n));
const money = (n: number | null, currency: string): string => (n === null ? 'no rate known' : formatMoney(n, currency));
const r2 = (n: number): number => Math.round(n * 100) / 100;
const r4 = (n: number): number => Math.round(n * 10000) / 10000;

/** Gaps on days where a client has more evidence than invoice: where the hours went. */
export function relevantGaps(r: AuditReport): Result['gaps'] {
  const short = new Set(r.audit.days.filter((d) => d.differenceHours > 0).map((d) => `${d.client} ${d.date}`));
  return r.reconciled.gaps.filter((g) => short.has(`${g.client} ${localDate(g.start, r.tz)}`));
}

function relevantConflicts(r: AuditReport): Result['conflicts'] {
  const named = new Set(r.audit.clients.map((c) => c.client));
  return r.reconciled.conflicts.filter((c) => c.clients.some((x) => named.has(x)));
}

/** "7 commits, 1 meeting", "12 min of shell presence": what a gap is made of, in a few words. */
export function sourcesSummary(views: readonly SourceView[]): string {
  const commits = views.reduce((n, v) => n + (v.kind === 'commit' ? v.commits.length : 0), 0);
  const hooks = views.reduce((n, v) => n + (v.kind === 'hook' ? v.events.length : 0), 0);
  const meetings = views.filter((v) => v.kind === 'meeting').length;
  const shellMs = views.reduce((n, v) => n + (v.kind === 'presence' ? v.end - v.start : 0), 0);
  const p = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  return [commits && p(commits, 'commit'), hooks && p(hooks, 'hook record'), meetings && p(meetings, 'meeting'), shellMs && `${hoursText(shellMs / 3_600_000)} of shell presence`].filter(Boolean).join(', ') || 'no sources recorded';
}

function daysText(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort();
  if (!sorted.length) return '';
  return sorted.length === 1 ? `on ${sorted[0]}` : `on ${sorted.length} days, ${sorted[0]}..${sorted[sorted.length - 1]}`;
}

/** The commands that recover a flagged client's money: review for untracked, --unbilled for tracked. */
export function nextCommands(r: AuditReport): string[] {
  const out: string[] = [];
  for (const c of r.audit.clients.filter((x) => x.flagged)) {
    const gapDays = c.untracked.flatMap((g) => g.days.map((d) => d.date)).sort();
    if (gapDays.length) out.push(`tt review --since ${gapDays[0]} --until ${gapDays[gapDays.length - 1]}`);
    if (gapDays.length || c.trackedNotInvoiced.length) out.push(`tt invoice create --client ${c.client} --unbilled --period ${c.period.from}..${c.period.to}`);
  }
  return [...new Set(out)];
}

function primary(r: AuditReport): Record<string, unknown> {
  const scopes = r.selection.scopes;
  const all = scopes.flatMap((s) => s.invoices.map((i) => ({ inv: i, s })));
  const last = all.sort((a, b) => a.inv.issued.localeCompare(b.inv.issued) || a.inv.createdAt.localeCompare(b.inv.createdAt)).pop();
  const scope = last?.s ?? scopes[0];
  const file = r.selection.file;
  const inv = last?.inv;
  return {
    id: inv?.id ?? null,
    number: inv && inv !== file ? inv.number : null,
    source: inv?.source ?? null,
    from: scope?.period.from ?? null,
    to: scope?.period.to ?? null,
    periodAssumed: scope?.period.source === 'assumed',
    periodSource: scope?.period.source ?? 'given',
  };
}

function clientJson(c: Client, ids: Map<string, string>): Record<string, unknown> {
  return {
    ...c,
    trackedNotInvoiced: c.trackedNotInvoiced.map((u) => ({ ...u, entries: u.entries.map((e) => ({ id: e.id, shortId: ids.get(e.id) ?? e.id, start: isoUtc(e.start), end: isoUtc(e.end), hours: e.hours, note: e.note })) })),
    untracked: c.untracked.map((g) => ({ start: isoUtc(g.start), end: isoUtc(g.end), hours: g.hours, amount: g.amount === null ? null : r2(g.amount), days: g.days.map((d) => ({ date: d.date, hours: r4(d.hours) })), sources: sourceViews(g.sources, g.start, g.end).map(sourceJson) })),
  };
}

export function auditJson(r: AuditReport): Record<string, unknown> {
  const byCurrency = (f: (c: Client) => number | null): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const c of r.audit.clients) {
      const v = f(c);
      if (v !== null) out[c.currency] = r2((out[c.currency] ?? 0) + v);
    }
    return out;
  };
  const sum = (f: (c: Client) => number): number => r4(r.audit.clients.reduce((s, c) => s + f(c), 0));
  const invoices = [...new Map(r.selection.scopes.flatMap((s) => s.invoices).map((i) => [i.id, i])).values()];
  return {
    invoice: primary(r),
    invoices: invoices.map((i) => ({ id: i.id, number: i === r.selection.file ? null : i.number, source: i.source, clients: i.clients, from: i.from, to: i.to, issued: i.issued || null })),
    tz: r.tz,
    tolerancePercent: r.tolerancePct,
    amountsBeforeTax: true,
    clients: r.audit.clients.map((c) => clientJson(c, r.shortIds)),
    days: r.audit.days,
    gaps: relevantGaps(r).map((g) => ({ client: g.client, start: isoUtc(g.start), end: isoUtc(g.end), hours: hours(g.end - g.start), sources: sourceViews(g.sources, g.start, g.end).map(sourceJson) })),
    conflicts: relevantConflicts(r).map((c) => ({ start: isoUtc(c.start), end: isoUtc(c.end), hours: hours(c.end - c.start), clients: c.clients, kinds: c.kinds })),
    totals: {
      invoicedHours: sum((c) => c.invoicedHours),
      evidenceHours: sum((c) => c.evidenceHours),
      unbilledHours: sum((c) => c.unbilledHours),
      unbilledAmount: byCurrency((c) => c.unbilledAmount),
      trackedNotInvoicedHours: sum((c) => c.trackedNotInvoicedHours),
      trackedNotInvoicedAmount: byCurrency((c) => c.trackedNotInvoicedAmount),
      untrackedHours: sum((c) => c.untrackedHours),
      untrackedAmount: byCurrency((c) => c.untrackedAmount),
      invoicedWithoutEvidenceHours: sum((c) => c.invoicedWithoutEvidenceHours),
      invoicedWithoutEvidenceAmount: byCurrency((c) => c.invoicedWithoutEvidenceAmount),
    },
    next: nextCommands(r),
  };
}

function kindLines(c: Client): string[] {
  const out: string[] = [];
  const cur = c.currency;
  if (c.untrackedHours > 0) {
    const views = c.untracked.flatMap((g) => sourceViews(g.sources, g.start, g.end));
    out.push(`untracked ${h(c.untrackedHours)} ${daysText(c.untracked.flatMap((g) => g.days.map((d) => d.date)))} (${sourcesSummary(views)}): ${money(c.untrackedAmount, cur)}`);
  }
  if (c.trackedNotInvoicedHours > 0) {
    const n = c.trackedNotInvoiced.reduce((k, u) => k + u.entries.length, 0);
    out.push(`tracked, not invoiced ${h(c.trackedNotInvoicedHours)} ${daysText(c.trackedNotInvoiced.map((u) => u.date))} (${n} entr${n === 1 ? 'y' : 'ies'}): ${money(c.trackedNotInvoicedAmount, cur)}`);
  }
  if (c.invoicedWithoutEvidenceHours > 0) out.push(`invoiced without evidence ${h(c.invoicedWithoutEvidenceHours)} ${daysText(c.invoicedWithoutEvidence.map((o) => o.date))}: ${money(c.invoicedWithoutEvidenceAmount, cur)}`);
  return out;
}

export function verdictLines(r: AuditReport): string[] {
  const flagged = r.audit.clients.filter((c) => c.flagged).sort((a, b) => b.unbilledHours - a.unbilledHours);
  const out: string[] = [];
  for (const c of flagged) {
    out.push(`${c.client}: ${h(c.unbilledHours)} unbilled (${money(c.unbilledAmount, c.currency)}, before tax) in ${c.period.from}..${c.period.to}: invoiced ${h(c.invoicedHours)}, evidence ${h(c.evidenceHours)}`);
    for (const k of kindLines(c)) out.push(`  ${k}`);
  }
  for (const c of r.audit.clients.filter((x) => !x.flagged)) {
    const which = c.invoices.length ? `Invoice${c.invoices.length > 1 ? 's' : ''} ${c.invoices.join(', ')} match${c.invoices.length > 1 ? '' : 'es'}` : 'Tracked time matches';
    out.push(`${which} the evidence within ${r.tolerancePct}% for ${c.client} in ${c.period.from}..${c.period.to}.`);
  }
  if (!r.audit.clients.length) out.push(`Nothing to audit: no invoice and no work in the period.`);
  return out;
}

function scopeLine(r: AuditReport, c: Client): string {
  const scope = r.selection.scopes.find((s) => s.client === c.client)!;
  const which = scope.invoices.map((i) => `${i === r.selection.file ? i.file : i.number} (${i.source})`);
  const how =
    scope.period.source === 'given'
      ? 'as given with --period'
      : scope.period.source === 'assumed'
        ? 'assumed: the whole Monday-to-Sunday weeks its dated lines touch'
        : r.selection.mode === 'latest'
          ? `the period of ${c.client}'s most recent invoice`
          : 'as recorded with the invoices';
  return `Audited ${which.length ? `invoice${which.length > 1 ? 's' : ''} ${which.join(', ')}` : 'no invoice (all tracked time is not invoiced yet)'} for ${c.client} over ${c.period.from}..${c.period.to}, ${how}.`;
}

export function auditText(r: AuditReport, c: ChalkInstance): string {
  const anyFlag = r.audit.clients.some((x) => x.flagged);
  const out = verdictLines(r).map((l) => (anyFlag && !l.startsWith('  ') && !/ match(es)? the evidence/.test(l) ? c.red.bold(l) : / match(es)? the evidence/.test(l) ? c.green(l) : l));
  out.push('');
  for (const x of r.audit.clients) out.push(scopeLine(r, x));
  out.push(`Days in ${r.tz}; money before tax.`, '');
  const w = Math.max(6, ...r.audit.clients.map((x) => x.client.length));
  out.push(c.bold(`${'client'.padEnd(w)}  invoiced  evidence  unbilled  overbilled  amount`));
  for (const x of r.audit.clients) {
    const flag = x.flagged ? c.red('  flagged') : '';
    out.push(`${x.client.padEnd(w)}  ${h(x.invoicedHours).padStart(8)}  ${h(x.evidenceHours).padStart(8)}  ${h(x.unbilledHours).padStart(8)}  ${h(x.overbilledHours).padStart(10)}  ${money(x.unbilledAmount, x.currency)}${flag}`);
  }
  for (const [client, undated] of Object.entries(r.audit.undatedHours)) out.push(c.dim(`  ${client}: ${h(undated)} on lines without a date count for the period but for no day`));
  for (const x of r.audit.clients) {
    if (x.billedElsewhereHours > 0) out.push(c.dim(`  ${x.client}: ${h(x.billedElsewhereHours)} in the period are billed on invoices not audited here`));
    if (x.roundingHours > 0) out.push(c.dim(`  ${x.client}: rounding up added ${h(x.roundingHours)} to the invoiced hours (not counted as overbilling)`));
  }
  for (const x of r.audit.clients) out.push(...details(x, r, c));
  const diff = r.audit.days.filter((d) => Math.abs(d.differenceHours) >= 0.01);
  if (diff.length) {
    out.push('', c.bold('Days where invoices and evidence differ'));
    for (const d of diff) out.push(`  ${d.date}  ${d.client.padEnd(w)}  invoiced ${h(d.invoicedHours)}, evidence ${h(d.evidenceHours)}, ${d.differenceHours > 0 ? '+' : '-'}${h(Math.abs(d.differenceHours))}`);
  }
  const conflicts = relevantConflicts(r);
  if (conflicts.length) {
    out.push('', c.bold('Conflicts between clients'));
    for (const k of conflicts) out.push(`  ${localDate(k.start, r.tz)} ${formatClock(k.start, r.tz)}–${formatClock(k.end, r.tz)}  ${k.clients.join(' vs ')} (${k.kinds.join(', ')})`);
  }
  const next = nextCommands(r);
  if (next.length) out.push('', c.bold('Next, to recover the money:'), ...next.map((n) => `  ${n}`));
  return `${out.join('\n')}\n`;
}

function details(x: Client, r: AuditReport, c: ChalkInstance): string[] {
  const out: string[] = [];
  const cur = x.currency;
  const when = (a: number, b: number): string => `${localDate(a, r.tz)} ${formatClock(a, r.tz)}–${formatClock(b, r.tz)}`;
  if (x.trackedNotInvoiced.length) {
    out.push('', c.bold(`${x.client}: tracked, not invoiced (what \`--unbilled\` bills)`));
    for (const u of x.trackedNotInvoiced) {
      out.push(`  ${u.date}  ${visible(u.project ?? '(no project)')}  ${h(u.hours)}  ${money(u.amount, cur)}`);
      for (const e of u.entries) out.push(c.dim(`      ${r.shortIds.get(e.id) ?? e.id}  ${when(e.start, e.end)}  ${h(e.hours)}${e.note ? `  ${visible(e.note)}` : ''}`));
    }
  }
  if (x.untracked.length) {
    out.push('', c.bold(`${x.client}: untracked evidence (\`tt review\` turns it into entries)`));
    for (const g of x.untracked) {
      const views = sourceViews(g.sources, g.start, g.end);
      out.push(`  ${when(g.start, g.end)}  ${h(g.hours)}  ${money(g.amount === null ? null : r2(g.amount), cur)}  (${sourcesSummary(views)})`);
      for (const v of views) out.push(c.dim(`      ${sourceLine(v, r.tz)}`));
    }
  }
  if (x.invoicedWithoutEvidence.length) {
    out.push('', c.bold(`${x.client}: invoiced without evidence`));
    for (const o of x.invoicedWithoutEvidence) {
      out.push(`  ${o.date}  invoiced ${h(o.invoicedHours)}${o.roundingHours ? ` (${h(o.roundingHours)} of it rounding)` : ''}, evidence ${h(o.evidenceHours)}: ${h(o.hours)}  ${money(o.amount, cur)}  on ${o.invoices.join(', ')}`);
    }
  }
  return out;
}
