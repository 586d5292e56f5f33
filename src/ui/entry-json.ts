// The JSON shape of an entry (docs/interface.md, "JSON conventions"): instants in UTC, hours to 4 decimals.
import { hours } from '../core/duration.ts';
import type { Entry } from '../core/events.ts';
import { isoUtc } from '../core/time.ts';

export interface EntryJson {
  id: string;
  shortId: string;
  client: string;
  project: string | null;
  tags: string[];
  note: string | null;
  /** Evidence a review saved with the entry; never on a client document. */
  internalNote: string | null;
  start: string;
  end: string | null;
  hours: number;
  running: boolean;
  estimateHours: number | null;
  tz: string;
  source: string;
  invoice: string | null;
}

export function entryJson(e: Entry, now: number, shortId = e.id.slice(-6)): EntryJson {
  return {
    id: e.id,
    shortId,
    client: e.client,
    project: e.project ?? null,
    tags: e.tags,
    note: e.note ?? null,
    internalNote: e.internalNote ?? null,
    start: isoUtc(e.start),
    end: e.end === null ? null : isoUtc(e.end),
    hours: hours((e.end ?? now) - e.start),
    running: e.end === null,
    estimateHours: e.estimateMin ? hours(e.estimateMin * 60_000) : null,
    tz: e.tz,
    source: e.source,
    invoice: e.invoice ?? null,
  };
}

export function printJson(out: (s: string) => void, value: unknown): void {
  out(`${JSON.stringify(value, null, 2)}\n`);
}
