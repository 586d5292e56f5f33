// `tt report --estimates` in each format. The JSON fields are listed in docs/report.md.
import { hours } from '../core/duration.ts';
import { isoUtc, localDate } from '../core/time.ts';
import type { Estimates, EstimateSum } from './estimates.ts';
import { csvText, type Format, type TextStyle } from './format.ts';
import { renderMarkdown, renderTable } from './render.ts';
import type { Sheet } from './sheet.ts';

const h = (min: number): number => hours(min * 60_000);
const r2 = (x: number): number => Math.round(x * 100) / 100;
const label = (e: { client: string; project?: string }): string => (e.project ? `${e.client}/${e.project}` : e.client);

function sumJson(s: EstimateSum): Record<string, unknown> {
  return { ...(s.tag !== undefined ? { tag: s.tag } : {}), entries: s.entries, estimateHours: h(s.estimateMin), actualHours: h(s.actualMin), ratio: r2(s.ratio) };
}

export function estimatesJson(est: Estimates, range: { from: string | null; to: string | null }, tz: string, shortId: (id: string) => string): Record<string, unknown> {
  return {
    from: range.from,
    to: range.to,
    tz,
    entries: est.rows.map((r) => ({
      id: r.entry.id,
      shortId: shortId(r.entry.id),
      client: r.entry.client,
      project: r.entry.project ?? null,
      tags: r.entry.tags,
      note: r.entry.note ?? null,
      start: isoUtc(r.entry.start),
      end: r.entry.end === null ? null : isoUtc(r.entry.end),
      running: r.running,
      estimateHours: h(r.estimateMin),
      actualHours: h(r.actualMin),
      ratio: r2(r.ratio),
    })),
    tags: est.tags.map(sumJson),
    totals: sumJson(est.totals),
  };
}

function sheets(est: Estimates, tz: string, shortId: (id: string) => string, pretty: boolean): { entries: Sheet; tags: Sheet } {
  const hText = (min: number): string => (pretty ? (min / 60).toFixed(2) : String(h(min)));
  const ratioText = (x: number): string => (pretty ? `${x.toFixed(2)}x` : String(r2(x)));
  const entries: Sheet = {
    headers: pretty ? ['Id', 'Day', 'Entry', 'Estimate h', 'Actual h', 'Ratio'] : ['id', 'day', 'entry', 'tags', 'estimate_hours', 'actual_hours', 'ratio'],
    align: pretty ? ['left', 'left', 'left', 'right', 'right', 'right'] : ['left', 'left', 'left', 'left', 'right', 'right', 'right'],
    rows: est.rows.map((r) => {
      const id = pretty ? shortId(r.entry.id) : r.entry.id;
      const name = pretty ? [label(r.entry), ...r.entry.tags.map((t) => `+${t}`)].join(' ') + (r.running ? ' (running)' : '') : label(r.entry);
      const row = [id, localDate(r.entry.start, tz), name, hText(r.estimateMin), hText(r.actualMin), ratioText(r.ratio)];
      if (!pretty) row.splice(3, 0, r.entry.tags.join(' '));
      return row;
    }),
    total: pretty ? ['', '', 'Total', hText(est.totals.estimateMin), hText(est.totals.actualMin), ratioText(est.totals.ratio)] : null,
  };
  const tags: Sheet = {
    headers: ['Tag', 'Entries', 'Estimate h', 'Actual h', 'Ratio'],
    align: ['left', 'right', 'right', 'right', 'right'],
    rows: est.tags.map((s) => [s.tag === null ? '(no tag)' : `+${s.tag}`, String(s.entries), hText(s.estimateMin), hText(s.actualMin), ratioText(s.ratio)]),
    total: null,
  };
  return { entries, tags };
}

/** CSV holds the entry rows only (a second table would break the format); JSON has the tag sums. */
export function formatEstimates(est: Estimates, format: Format, range: { from: string | null; to: string | null }, tz: string, shortId: (id: string) => string, style?: TextStyle): string {
  if (format === 'json') return `${JSON.stringify(estimatesJson(est, range, tz, shortId), null, 2)}\n`;
  if (format === 'csv') {
    const s = sheets(est, tz, shortId, false).entries;
    return csvText(s.headers, s.rows);
  }
  if (!est.rows.length) return 'No entries with an estimate. Give one with `tt start CLIENT --estimate 2h` or `tt edit @1 --estimate 2h`.\n';
  const s = sheets(est, tz, shortId, true);
  if (format === 'md') return `${renderMarkdown(s.entries)}\n${renderMarkdown(s.tags)}`;
  const span = range.from ? `${range.from}..${range.to}` : 'all time';
  return `Estimates against actual time, ${span}\n\n${renderTable(s.entries, style)}\nBy tag:\n${renderTable(s.tags, style)}`;
}
