// The documented, stable --json shape of `tt reconcile` (docs/reconcile.md defines every field).
import { hours } from '../core/duration.ts';
import { isoUtc } from '../core/time.ts';
import type { Result } from './reconcile.ts';
import { sourceViews, type SourceView } from './sources.ts';
import type { Interval } from './rules/types.ts';

const span = (start: number, end: number): { start: string; end: string } => ({ start: isoUtc(start), end: isoUtc(end) });

export function sourceJson(v: SourceView): Record<string, unknown> {
  switch (v.kind) {
    case 'commit':
      return { kind: v.kind, repo: v.repo, ...span(v.start, v.end), count: v.commits.length, commits: v.commits.map((c) => ({ sha: c.sha ?? null, at: isoUtc(c.at), subject: c.subject ?? '' })) };
    case 'hook':
      return { kind: v.kind, repo: v.repo, ...span(v.start, v.end), count: v.events.length, events: v.events.map((e) => ({ event: e.event ?? 'commit', at: isoUtc(e.at), sha: e.sha ?? null })) };
    case 'presence':
      return { kind: v.kind, repo: v.repo, ...span(v.start, v.end) };
    case 'meeting':
      return { kind: v.kind, title: v.title, calendar: v.calendar, ...span(v.start, v.end) };
  }
}

function unassignedJson(iv: Interval): Record<string, unknown> {
  const where = iv.kind === 'meeting' ? { title: iv.title ?? '' } : { repo: iv.repo ?? '' };
  return { kind: iv.kind, ...span(iv.start, iv.end), hours: hours(iv.end - iv.start), ...where };
}

export function resultJson(r: Result): Record<string, unknown> {
  return {
    from: r.range.from,
    to: r.range.to,
    tz: r.tz,
    days: r.days.map((d) => ({ date: d.date, client: d.client, trackedHours: hours(d.trackedMs), evidenceHours: hours(d.evidenceMs), untrackedHours: hours(d.evidenceMs - d.trackedMs) })),
    gaps: r.gaps.map((g) => ({ client: g.client, ...span(g.start, g.end), hours: hours(g.end - g.start), sources: sourceViews(g.sources, g.start, g.end).map(sourceJson) })),
    conflicts: r.conflicts.map((c) => ({ ...span(c.start, c.end), hours: hours(c.end - c.start), clients: c.clients, kinds: c.kinds })),
    unassigned: r.unassigned.map(unassignedJson),
    totals: { trackedHours: hours(r.totals.trackedMs), evidenceHours: hours(r.totals.evidenceMs), untrackedHours: hours(r.totals.untrackedMs) },
  };
}
