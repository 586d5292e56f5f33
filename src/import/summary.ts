// The import summary: one document for --json (docs/import.md lists every field) and its text form.
import { formatHM, hours } from '../core/duration.ts';
import type { EntryEvent } from '../core/events.ts';
import { isoUtc } from '../core/time.ts';
import type { LongEntry } from './bounds.ts';
import type { ImportPlan } from './plan.ts';
import type { ImportFormat, SkipReason } from './types.ts';

export interface ImportSummary {
  format: ImportFormat;
  file: string;
  dryRun: boolean;
  action: string | null;
  added: number;
  addedHours: number;
  clients: { client: string; entries: number; hours: number }[];
  skipped: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
  overlapsExisting: number;
  notesShortened: number;
  /** Entries longer than 24 hours: kept, and listed as a warning. */
  longEntries: LongEntry[];
  entries: { id: string | null; origin: string; client: string; project: string | null; tags: string[]; note: string | null; start: string; end: string; hours: number }[];
  skippedRecords: { origin: string; where: string; reason: SkipReason; names: string[] | null }[];
}

export interface SummaryInput {
  format: ImportFormat;
  file: string;
  dryRun: boolean;
  action: string | null;
  plan: ImportPlan;
  events: readonly EntryEvent[];
  overlaps: number;
  shortened: number;
  long?: LongEntry[];
}

export function importSummary(s: SummaryInput): ImportSummary {
  const byClient = new Map<string, { entries: number; ms: number }>();
  let total = 0;
  for (const e of s.plan.entries) {
    const c = byClient.get(e.client) ?? { entries: 0, ms: 0 };
    c.entries++;
    c.ms += e.end - e.start;
    total += e.end - e.start;
    byClient.set(e.client, c);
  }
  const reasons: Partial<Record<SkipReason, number>> = {};
  for (const k of s.plan.skipped) reasons[k.reason] = (reasons[k.reason] ?? 0) + 1;
  return {
    format: s.format,
    file: s.file,
    dryRun: s.dryRun,
    action: s.action,
    added: s.plan.entries.length,
    addedHours: hours(total),
    clients: [...byClient].sort(([a], [b]) => a.localeCompare(b)).map(([client, c]) => ({ client, entries: c.entries, hours: hours(c.ms) })),
    skipped: s.plan.skipped.length,
    skippedByReason: reasons,
    overlapsExisting: s.overlaps,
    notesShortened: s.shortened,
    longEntries: s.long ?? [],
    entries: s.plan.entries.map((e, i) => ({
      id: s.events[i]?.id ?? null,
      origin: e.origin,
      client: e.client,
      project: e.project ?? null,
      tags: e.tags,
      note: s.events[i]?.note ?? e.note ?? null,
      start: isoUtc(e.start),
      end: isoUtc(e.end),
      hours: hours(e.end - e.start),
    })),
    skippedRecords: s.plan.skipped.map((k) => ({ origin: k.origin, where: k.where, reason: k.reason, names: k.names ?? null })),
  };
}

const REASON_TEXT: Record<SkipReason, string> = {
  'already-imported': 'already imported',
  'deleted-since-import': 'imported before and deleted since',
  'duplicate-in-file': 'repeated in the file',
  running: 'still running in the source tool (import again once stopped)',
  empty: 'no duration',
  unmapped: 'no client (--skip-unmapped)',
  ambiguous: 'tags of two clients (--skip-unmapped)',
  'other-user': "another person's time (--user)",
};

export function summaryText(s: ImportSummary, plan: ImportPlan): string {
  // Minutes from the entries themselves (as `tt log` sums them), not from the rounded hours.
  const ms = new Map<string, number>();
  for (const e of plan.entries) ms.set(e.client, (ms.get(e.client) ?? 0) + e.end - e.start);
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  const verb = s.dryRun ? 'Would import' : 'Imported';
  const lines = s.added
    ? [`${verb} ${s.added} ${s.added === 1 ? 'entry' : 'entries'} (${formatHM(total)}) from ${s.file} (${s.format}).`]
    : [`Nothing new to import from ${s.file} (${s.format}).`];
  const width = Math.max(0, ...s.clients.map((c) => c.client.length));
  for (const c of s.clients) lines.push(`  ${c.client.padEnd(width)}  ${String(c.entries).padStart(5)} ${c.entries === 1 ? 'entry  ' : 'entries'}  ${formatHM(ms.get(c.client) ?? 0).padStart(7)}`);
  if (s.skipped) {
    lines.push(`Skipped ${s.skipped}:`);
    for (const [reason, n] of Object.entries(s.skippedByReason)) lines.push(`  ${String(n).padStart(5)}  ${REASON_TEXT[reason as SkipReason]}`);
  }
  if (s.added && !s.dryRun) lines.push('`tt undo` removes this import.');
  return `${lines.join('\n')}\n`;
}
