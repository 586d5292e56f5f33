// A zone from the file's own VTIMEZONE, for TZIDs the tz database does not know ("Customized Time
// Zone"). ical.js reads the observances and their RRULEs once, when the calendar is read in full,
// and tt keeps the result as a table of offset changes up to 2200 (tables.ts): a query then
// converts times without loading ical.js (which costs a short query a noticeable share of its time).
import type ICAL from 'ical.js';
import { ical, icalLoaded } from './ical.ts';
import type { Component } from './types.ts';
import { tableZone } from './tables.ts';
import { wallOf } from './values.ts';
import type { Transitions, Zone, ZoneSpec } from './zones.ts';

/** The table covers changes up to here; a later time needs ical.js. */
export const TABLE_UNTIL = Date.UTC(2200, 0, 1);
/** Offsets beyond a day are no zone's: such a definition is refused. */
const MAX_OFFSET = 24 * 60;

/** The spec of a VTIMEZONE with at least one observance; its table is made by `withTable`. */
export function vtimezoneSpec(c: Component): ZoneSpec | null {
  const observances = c.children.filter((o) => (o.name === 'STANDARD' || o.name === 'DAYLIGHT') && o.props.some((p) => p.name === 'TZOFFSETTO'));
  if (!observances.length) return null;
  const tzid = c.props.find((p) => p.name === 'TZID')?.value ?? '?';
  // Should ical.js refuse the definition, the first observance's offset is better than nothing.
  const fixed = offset(observances[0]!.props.find((p) => p.name === 'TZOFFSETTO')!.value);
  const text = serialize({ name: c.name, line: c.line, props: c.props, children: observances.map(from1970) });
  return { kind: 'vtimezone', tzid, text, fixed: Math.abs(fixed) <= MAX_OFFSET ? fixed : 0, table: null };
}

/** Works out the table of offset changes (ical.js must be loaded); null when ical.js refuses the zone. */
export function transitions(text: string): Transitions | null {
  const I = ical();
  try {
    const tz = new I.Timezone(new I.Component(I.parse(text) as unknown[]));
    // Asking for an offset in 2200 makes ical.js expand every observance up to then.
    tz.utcOffset(new I.Time({ year: 2200, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false }, tz));
    const changes = (tz.changes ?? []) as { year: number; month: number; day: number; hour: number; minute: number; second: number; utcOffset: number; prevUtcOffset: number }[];
    if (!changes.length) return null;
    const at: number[] = [];
    const offsets: number[] = [];
    for (const c of changes) {
      // A change's time is the wall clock before it (RFC 5545 3.6.5: DTSTART is in TZOFFSETFROM).
      const instant = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - c.prevUtcOffset * 1000;
      const minutes = Math.round(c.utcOffset / 60);
      if (!Number.isFinite(instant) || Math.abs(minutes) > MAX_OFFSET || Math.abs(c.prevUtcOffset / 60) > MAX_OFFSET) return null;
      if (at.length && instant <= at[at.length - 1]!) continue; // a repeated or out-of-order change adds nothing
      at.push(instant);
      offsets.push(minutes);
    }
    return { at, offset: offsets, before: Math.round(changes[0]!.prevUtcOffset / 60), from: -Infinity, until: TABLE_UNTIL };
  } catch {
    return null;
  }
}

/** The Zone of a VTIMEZONE spec: from its table, or its first offset when ical.js refused it. */
export function vtimezoneZone(spec: Extract<ZoneSpec, { kind: 'vtimezone' }>): Zone {
  const label = `VTIMEZONE ${spec.tzid}`;
  const t = spec.table;
  if (!t) return { label, toInstant: (naive) => naive - spec.fixed * 60_000 };
  // Past the table, ical.js when a query loaded it (one reaching that far does), else the table's last offsets.
  return tableZone(t, label, () => (icalLoaded() ? icalZone(spec, label) : tableZone({ ...t, until: Infinity }, label, null)));
}

/** ical.js itself, for times past the table (a query that far ahead loads it first). */
function icalZone(spec: Extract<ZoneSpec, { kind: 'vtimezone' }>, label: string): Zone {
  const I = ical();
  let tz: ICAL.Timezone | null = null;
  try {
    tz = new I.Timezone(new I.Component(I.parse(spec.text) as unknown[]));
  } catch {
    tz = null;
  }
  return {
    label,
    toInstant: (naive) => (tz ? new I.Time({ ...wallOf(naive), isDate: false }, tz).toUnixTime() * 1000 : naive - spec.fixed * 60_000),
  };
}

function offset(text: string): number {
  const m = /^([+-])(\d{2})(\d{2})/.exec(text.trim());
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * Exchange starts every observance in 1601; ical.js then walks each rule year by year from 1601 on
 * first use (half a second for one zone). A yearly rule without COUNT or UNTIL means the same from
 * 1970, so such an observance is started there.
 */
function from1970(o: Component): Component {
  const rrule = o.props.find((p) => p.name === 'RRULE')?.value ?? '';
  if (!rrule || /COUNT|UNTIL/i.test(rrule)) return o;
  return { name: o.name, line: o.line, children: o.children, props: o.props.map((p) => (p.name === 'DTSTART' && /^1[0-8]\d\d|^19[0-6]\d/.test(p.value) ? { ...p, value: `1970${p.value.slice(4)}` } : p)) };
}

function serialize(c: Component): string {
  const lines = [`BEGIN:${c.name}`];
  for (const p of c.props) {
    const params = Object.entries(p.params).map(([k, v]) => `;${k}=${/[;:,]/.test(v) ? `"${v}"` : v}`);
    lines.push(`${p.name}${params.join('')}:${p.value}`);
  }
  for (const child of c.children) lines.push(serialize(child));
  lines.push(`END:${c.name}`);
  return lines.join('\r\n');
}
