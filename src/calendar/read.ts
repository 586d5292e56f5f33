// Reads one calendar file's text: the component tree, its VTIMEZONEs, and every VEVENT as plain
// data. Zones are resolved once per TZID into specs, and an unknown one is reported once, at its
// first use.
import { cutFarEvents } from './far.ts';
import { collect, prop, readTree } from './tree.ts';
import { readEvent, type EventData, type NaiveWindow } from './event.ts';
import { vtimezoneSpec } from './vtimezone.ts';
import { ianaName, resolveZone, type ZoneSpec } from './zones.ts';
import type { Problem } from './types.ts';

export interface CalendarFile {
  events: EventData[];
  /** What each TZID resolved to; a zoned value's `zone` indexes this list. */
  zones: ZoneSpec[];
  problems: Problem[];
  /** X-WR-CALNAME, when the file names itself. */
  title?: string;
  /** Number of VEVENT components, readable or not. */
  componentCount: number;
}

/** Reads `text`; returns null when it is no calendar at all (no VCALENDAR and no VEVENT). */
export function readCalendar(text: string, userTz: string, near: NaiveWindow = null): CalendarFile | null {
  const cut = near ? cutFarEvents(text, near) : { pieces: [{ text, line: 1 }], stubs: [] };
  const tree = readTree(cut.pieces);
  const calendars = tree.roots.filter((r) => r.name === 'VCALENDAR');
  const components = collect(tree.roots, 'VEVENT');
  if (!calendars.length && !components.length && !cut.stubs.length) return null;
  const problems = tree.problems; // lazily parsed components add to it
  const zones: ZoneSpec[] = [];
  const byTzid = new Map<string, number>();
  const vtimezones = new Map(collect(tree.roots, 'VTIMEZONE').map((c) => [(prop(c, 'TZID')?.value ?? '').trim(), c]));
  const zoneOf = (tzid: string, line: number): number => {
    const cached = byTzid.get(tzid);
    if (cached !== undefined) return cached;
    const own = vtimezones.get(tzid.trim());
    const r = resolveZone(tzid, () => (own ? vtimezoneSpec(own) : null), userTz);
    if (r.warning) problems.push({ line, message: r.warning });
    // Two names of one zone ("Europe/Berlin", "W. Europe Standard Time") share one entry, so values
    // in either compare as the same zone.
    const same = r.spec.kind === 'vtimezone' ? -1 : zones.findIndex((z) => JSON.stringify(z) === JSON.stringify(r.spec));
    if (same < 0) zones.push(r.spec);
    const at = same < 0 ? zones.length - 1 : same;
    byTzid.set(tzid, at);
    return at;
  };
  // Stubs of far events take part only in choosing the newest copy of a UID.
  const events: EventData[] = cut.stubs.map((s) => ({ uid: s.uid, line: s.line, sequence: s.sequence, stamp: s.stamp, title: '', far: true, farRid: s.rid, recurrenceId: null }) as unknown as EventData);
  for (const root of tree.roots) {
    const xwr = root.name === 'VCALENDAR' ? prop(root, 'X-WR-TIMEZONE')?.value.trim() : undefined;
    const utcIn = xwr && ianaName(xwr) === xwr ? xwr : undefined;
    for (const c of collect([root], 'VEVENT')) {
      const e = readEvent(c, zoneOf, problems, utcIn, near);
      if (e) events.push(e);
    }
  }
  const title = calendars.map((c) => prop(c, 'X-WR-CALNAME')?.value.trim()).find(Boolean);
  return { events, zones, problems, title, componentCount: components.length + cut.stubs.length };
}
