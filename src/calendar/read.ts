// Reads one calendar file's text: the component tree, its VTIMEZONEs, and every VEVENT as plain
// data. Zones are resolved once per TZID and an unknown one is reported once, at its first use.
import { cutFarEvents } from './far.ts';
import { collect, prop, readTree } from './tree.ts';
import { readEvent, type EventData, type NaiveWindow, type TimeValue } from './event.ts';
import { vtimezoneZone } from './vtimezone.ts';
import { ianaName, ianaZone, resolveZone, UTC_ZONE, type Zone } from './zones.ts';
import type { Problem } from './types.ts';

export interface CalendarFile {
  events: EventData[];
  problems: Problem[];
  /** X-WR-CALNAME, when the file names itself. */
  title?: string;
  /** Number of VEVENT components, readable or not. */
  componentCount: number;
  /** A rule or zone needs ical.js: await loadIcal() before expanding. */
  needsIcal: boolean;
}

/** Reads `text`; returns null when it is no calendar at all (no VCALENDAR and no VEVENT). */
export function readCalendar(text: string, userZone: string, near: NaiveWindow = null): CalendarFile | null {
  const cut = near ? cutFarEvents(text, near) : { pieces: [{ text, line: 1 }], stubs: [] };
  const tree = readTree(cut.pieces);
  const calendars = tree.roots.filter((r) => r.name === 'VCALENDAR');
  const components = collect(tree.roots, 'VEVENT');
  if (!calendars.length && !components.length && !cut.stubs.length) return null;
  const problems = tree.problems; // lazily parsed components add to it
  const zones = new Map<string, { tz: Zone }>();
  let needsIcal = false;
  const vtimezones = new Map(collect(tree.roots, 'VTIMEZONE').map((c) => [(prop(c, 'TZID')?.value ?? '').trim(), c]));
  const floating = userZone === 'UTC' ? UTC_ZONE : ianaZone(userZone);
  const zoneOf = (tzid: string | undefined, line: number): Zone => {
    if (tzid === undefined || tzid.trim() === '') return floating;
    const cached = zones.get(tzid);
    if (cached) return cached.tz;
    const own = vtimezones.get(tzid.trim());
    const r = resolveZone(tzid, () => (own ? vtimezoneZone(own) : null), floating);
    if (r.warning) problems.push({ line, message: r.warning });
    zones.set(tzid, { tz: r.zone });
    if (r.zone.needsIcal) needsIcal = true;
    return r.zone;
  };
  // Stubs of far events take part only in choosing the newest copy of a UID; a far override gets a
  // RECURRENCE-ID of its own kind, so it is never taken for a copy of its master.
  const farRid = (rid: string): TimeValue => ({ naive: Number.NaN, isDate: false, floating: false, zone: { label: `far ${rid}`, toInstant: () => Number.NaN } });
  const events: EventData[] = cut.stubs.map((s) => ({ ...s, title: '', far: true, recurrenceId: s.rid === null ? null : farRid(s.rid) }) as unknown as EventData);
  for (const root of tree.roots) {
    const xwr = root.name === 'VCALENDAR' ? prop(root, 'X-WR-TIMEZONE')?.value.trim() : undefined;
    const utcIn = xwr && ianaName(xwr) === xwr ? xwr : undefined;
    for (const c of collect([root], 'VEVENT')) {
      const e = readEvent(c, zoneOf, problems, utcIn, near);
      if (e) events.push(e);
      if (e?.rule && !e.rule.simple) needsIcal = true;
    }
  }
  const title = calendars.map((c) => prop(c, 'X-WR-CALNAME')?.value.trim()).find(Boolean);
  problems.sort((a, b) => a.line - b.line);
  return { events, problems, title, componentCount: components.length + cut.stubs.length, needsIcal };
}
