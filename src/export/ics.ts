// Tracked entries as an iCalendar file, so a week of work can be laid over the calendar it came
// from. ical.js writes the text (escaping, line folding, CRLF); it is loaded only when this runs.
// Times are UTC; UID is the entry id, so re-exporting updates events in a calendar app instead of
// duplicating them; DTSTAMP is the export's own clock (pinned by TT_NOW in tests).
import type { Entry } from '../core/events.ts';
import { label } from '../ui/entry-text.ts';

export type FinishedEntry = Entry & { end: number };

export const PRODID = '-//tt//tt export//EN';

export async function icsText(entries: readonly FinishedEntry[], now: number): Promise<string> {
  const { default: ICAL } = await import('ical.js');
  // ical.js cuts folded lines at foldLength octets and then adds the leading space, so continuation
  // lines come out one octet over RFC 5545's 75; cutting at 74 keeps every line within it.
  ICAL.foldLength = 74;
  const utc = (ms: number): InstanceType<typeof ICAL.Time> => ICAL.Time.fromJSDate(new Date(ms), true);
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', PRODID);
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  for (const e of entries) {
    const ev = new ICAL.Component('vevent');
    ev.updatePropertyWithValue('uid', e.id);
    ev.updatePropertyWithValue('dtstamp', utc(now));
    ev.updatePropertyWithValue('dtstart', utc(e.start));
    ev.updatePropertyWithValue('dtend', utc(e.end));
    ev.updatePropertyWithValue('summary', label(e));
    if (e.note) ev.updatePropertyWithValue('description', e.note);
    cal.addSubcomponent(ev);
  }
  return `${cal.toString()}\r\n`;
}
