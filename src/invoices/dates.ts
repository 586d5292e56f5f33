// Dates, clock times and durations as exports write them. Slash dates are MM/DD or DD/MM depending on
// the exporter's locale; the order is decided once per file from a value that reads only one way
// (10/15 is MM/DD, 15/10 is DD/MM) and refused when nothing in the file tells.
import { formatDate, parseDateString, type DateString } from '../core/time.ts';
import type { DateOrder } from './rows.ts';

const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** What one date value proves about the order; 'either' when both readings are valid days. */
export function dateEvidence(text: string): DateOrder | 'either' | 'same' | 'invalid' | null {
  const m = SLASH.exec(text.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = Number(m[3]);
  const mdy = parseDateString(formatDate(y, a, b)) !== null;
  const dmy = parseDateString(formatDate(y, b, a)) !== null;
  if (mdy && dmy) return a === b ? 'same' : 'either';
  if (mdy) return 'mdy';
  if (dmy) return 'dmy';
  return 'invalid';
}

export interface DateValue {
  text: string;
  line: number;
  column: string;
}

export type OrderDecision = { order: DateOrder | null } | { conflict: DateValue; other: DateValue } | { ambiguous: DateValue };

/** The file's date order from every slash date in it; `given` (--date-order) overrides. */
export function decideDateOrder(values: readonly DateValue[], given?: DateOrder): OrderDecision {
  if (given) return { order: given };
  let decided: { order: DateOrder; by: DateValue } | null = null;
  let ambiguous: DateValue | null = null;
  for (const v of values) {
    const e = dateEvidence(v.text);
    if (e === 'mdy' || e === 'dmy') {
      if (decided && decided.order !== e) return { conflict: v, other: decided.by };
      decided ??= { order: e, by: v };
    } else if (e === 'either') {
      ambiguous ??= v;
    }
  }
  if (!decided && ambiguous) return { ambiguous };
  return { order: decided?.order ?? null };
}

/** A calendar day from YYYY-MM-DD, YYYY/MM/DD, DD.MM.YYYY or a slash date in `order`; null if none. */
export function parseDate(text: string, order: DateOrder | null): DateString | null {
  const t = text.trim();
  const day = (y: string | undefined, mo: string | undefined, d: string | undefined): DateString | null => {
    const s = formatDate(Number(y), Number(mo), Number(d));
    return parseDateString(s) ? s : null;
  };
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) return day(m[1], m[2], m[3]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return day(m[3], m[2], m[1]);
  m = SLASH.exec(t);
  if (!m) return null;
  // When no value decided the order, only dates that read the same both ways get here.
  const [month, dd] = order === 'dmy' ? [m[2], m[1]] : [m[1], m[2]];
  return day(m[3], month, dd);
}

/** Seconds since midnight from "13:05", "13:05:09", "1:05 PM", "01:05:09 pm"; null if not a time. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (min > 59 || s > 59) return null;
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    // 12-hour clock: 12:xx AM is just after midnight, 12:xx PM just after noon.
    h = (h % 12) + (m[4].toLowerCase() === 'pm' ? 12 : 0);
  } else if (h > 23) {
    return null;
  }
  return h * 3600 + min * 60 + s;
}

export function clockText(seconds: number): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(Math.floor(seconds / 3600))}:${p(Math.floor((seconds % 3600) / 60))}:${p(seconds % 60)}`;
}

/**
 * Hours in a duration cell: "01:00:01", "125:30:00", "1:30". A cell re-saved through a spreadsheet
 * reads "02:00:00 AM" or "12:20:00 AM": a clock time standing for the duration, so 12 AM is zero.
 */
export function parseDurationCell(text: string): number | null {
  const t = text.trim();
  if (/[AaPp][Mm]$/.test(t)) {
    const s = parseClock(t);
    return s === null ? null : s / 3600;
  }
  const m = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (!m || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return null;
  return Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600;
}
