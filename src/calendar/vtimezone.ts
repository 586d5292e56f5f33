// A zone from the file's own VTIMEZONE, for TZIDs the tz database does not know ("Customized Time
// Zone"). ical.js reads the observances and their RRULEs; tt only hands it the component's text,
// when the zone is first used (ical.js is loaded by then: the reader flags the need).
import type ICAL from 'ical.js';
import { ical } from './ical.ts';
import type { Component } from './types.ts';
import { wallOf } from './values.ts';
import type { Zone } from './zones.ts';

export function vtimezoneZone(c: Component): Zone | null {
  const observances = c.children.filter((o) => (o.name === 'STANDARD' || o.name === 'DAYLIGHT') && o.props.some((p) => p.name === 'TZOFFSETTO'));
  if (!observances.length) return null;
  const tzid = c.props.find((p) => p.name === 'TZID')?.value ?? '?';
  // Should ical.js refuse the definition, the first observance's offset is better than nothing.
  const fixed = offset(observances[0]!.props.find((p) => p.name === 'TZOFFSETTO')!.value);
  let tz: ICAL.Timezone | null | undefined;
  return {
    label: `VTIMEZONE ${tzid}`,
    needsIcal: true,
    toInstant(naive) {
      if (tz === undefined) tz = build({ name: c.name, line: c.line, props: c.props, children: observances.map(from1970) });
      if (!tz) return naive - fixed * 60_000;
      return new (ical().Time)({ ...wallOf(naive), isDate: false }, tz).toUnixTime() * 1000;
    },
  };
}

function build(c: Component): ICAL.Timezone | null {
  const I = ical();
  try {
    const tz = new I.Timezone(new I.Component(I.parse(serialize(c))));
    // ical.js computes offsets lazily; fail here, not in the middle of an expansion.
    tz.utcOffset(new I.Time({ year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false }, tz));
    return tz;
  } catch {
    return null;
  }
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
