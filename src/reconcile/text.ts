// The plain-text report of `tt reconcile`: the day x client table, each untracked gap with its
// sources, conflicts, unassigned evidence with the rule to add, and totals.
import { basename } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { formatHM, listed } from '../core/duration.ts';
import { formatClock, localDate } from '../core/time.ts';
import { visible } from '../core/visible.ts';
import { hoursBetweenLabel } from '../ui/entry-text.ts';
import type { Result } from './reconcile.ts';
import type { Interval } from './rules/types.ts';
import { sourceViews, type SourceView } from './sources.ts';

const span = (a: number, b: number, tz: string): string => `${formatClock(a, tz)}–${formatClock(b, tz)}${hoursBetweenLabel(a, b, tz)}`;
const when = (a: number, b: number, tz: string): string => `${localDate(a, tz)} ${span(a, b, tz)}`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function sourceLine(v: SourceView, tz: string): string {
  const at = v.start === v.end ? formatClock(v.start, tz) : span(v.start, v.end, tz);
  switch (v.kind) {
    case 'commit': {
      const subjects = v.commits.map((c) => visible(c.subject ?? '')).filter(Boolean);
      const shown = subjects.slice(0, 3).join(', ') + (subjects.length > 3 ? ', …' : '');
      return `${plural(v.commits.length, 'commit')} in ${visible(basename(v.repo))} ${at}${shown ? `: ${shown}` : ''}`;
    }
    case 'hook':
      return `${plural(v.events.length, 'hook record')} (${[...new Set(v.events.map((e) => e.event ?? 'commit'))].join(', ')}) in ${visible(basename(v.repo))} ${at}`;
    case 'presence':
      return `in ${visible(basename(v.repo))} ${at}`;
    case 'meeting':
      return `meeting '${visible(v.title)}' ${at}`;
  }
}

function unassignedLine(iv: Interval): string {
  if (iv.kind === 'meeting') return `meeting '${visible(iv.title ?? '')}'`;
  if (iv.kind === 'presence') return `in ${visible(iv.repo ?? '')}`;
  return `${plural(iv.points?.length ?? 0, iv.kind === 'commit' ? 'commit' : 'hook record')} in ${visible(iv.repo ?? '')}`;
}

/** The rule that would map this evidence to a client. */
export function ruleHint(iv: Interval): string {
  if (iv.kind === 'meeting') return `tt client set CLIENT --meeting '${(iv.title ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "'\\''")}'`;
  return `tt client set CLIENT --repo '${(iv.repo ?? '').replace(/'/g, "'\\''")}'`;
}

export function renderText(r: Result, c: ChalkInstance): string {
  const tz = r.tz;
  const out: string[] = [c.bold(`Reconcile ${r.range.from}..${r.range.to} (${tz})`), ''];
  const width = Math.max(6, ...r.days.map((d) => d.client.length));
  const row = (a: string, b: string, t: string, e: string, u: string): string => `${a.padEnd(10)}  ${b.padEnd(width)}  ${t.padStart(7)}  ${e.padStart(8)}  ${u.padStart(9)}`;
  if (!r.days.length) out.push('No client has tracked time or evidence in this range.');
  else {
    out.push(c.dim(row('Date', 'Client', 'Tracked', 'Evidence', 'Untracked')));
    for (const d of r.days) {
      const u = formatHM(d.evidenceMs - d.trackedMs);
      out.push(row(d.date, d.client, formatHM(d.trackedMs), formatHM(d.evidenceMs), d.evidenceMs > d.trackedMs ? c.yellow(u) : u));
    }
  }
  // Rows under a minute are not listed (they would read 20:38–20:38 0:00); the totals keep them.
  const gaps = r.gaps.filter((g) => listed(g.end - g.start));
  if (gaps.length) {
    out.push('', c.bold('Untracked'));
    for (const g of gaps) {
      out.push(`  ${when(g.start, g.end, tz)}  ${formatHM(g.end - g.start)}  ${c.cyan(g.client)}`);
      for (const v of sourceViews(g.sources, g.start, g.end)) out.push(c.dim(`    ${sourceLine(v, tz)}`));
    }
  }
  const conflicts = r.conflicts.filter((k) => listed(k.end - k.start));
  if (conflicts.length) {
    out.push('', c.bold('Conflicts') + c.dim(' (two clients at once; each instant counted once)'));
    for (const k of conflicts) out.push(`  ${when(k.start, k.end, tz)}  ${formatHM(k.end - k.start)}  ${k.clients.join(', ')} (${k.kinds.join(', ')})`);
  }
  if (r.unassigned.length) {
    out.push('', c.bold('Unassigned') + c.dim(' (no client rule maps this evidence)'));
    for (const iv of r.unassigned) out.push(`  ${when(iv.start, iv.end, tz)}  ${formatHM(iv.end - iv.start)}  ${unassignedLine(iv)}`);
    const hints = [...new Set(r.unassigned.map(ruleHint))];
    out.push(c.dim(`  Add a rule to count it: ${hints[0]}`));
    for (const h of hints.slice(1)) out.push(c.dim(`                          ${h}`));
  }
  const t = r.totals;
  out.push('', c.bold(`Total: ${formatHM(t.trackedMs)} tracked, ${formatHM(t.evidenceMs)} evidence, ${formatHM(t.untrackedMs)} untracked`));
  return `${out.join('\n')}\n`;
}
