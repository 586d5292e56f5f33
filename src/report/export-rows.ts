// Rows of `tt export --format csv`: one finished entry per row, instants in UTC, hours to 4 decimals.
import { hours } from '../core/duration.ts';
import type { Entry } from '../core/events.ts';
import { isoUtc, type DateString } from '../core/time.ts';

export const EXPORT_COLUMNS = ['id', 'day', 'start', 'end', 'hours', 'client', 'project', 'tags', 'note', 'estimate_hours', 'invoice', 'source', 'tz'] as const;

/** `day` is the local day the entry starts on, in the user's zone; tags are space-separated. */
export function exportRow(e: Entry & { end: number }, day: DateString): (string | number)[] {
  return [
    e.id,
    day,
    isoUtc(e.start),
    isoUtc(e.end),
    hours(e.end - e.start),
    e.client,
    e.project ?? '',
    e.tags.join(' '),
    e.note ?? '',
    e.estimateMin ? hours(e.estimateMin * 60_000) : '',
    e.invoice ?? '',
    e.source,
    e.tz,
  ];
}
