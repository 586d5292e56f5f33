// Zone resolution: which TZIDs map to which zone, in which order, and what a guess reports.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIcal } from '../../src/calendar/ical.ts';
import { zoneFromDisplayName, offsetFromName } from '../../src/calendar/display-names.ts';
import { ianaName, ianaZone, resolveZone, zoneOf, type Zone, type ZoneSpec } from '../../src/calendar/zones.ts';
import { readTree, collect } from '../../src/calendar/tree.ts';
import { transitions, vtimezoneSpec, vtimezoneZone as zoneOfSpec } from '../../src/calendar/vtimezone.ts';

beforeAll(async () => {
  await loadIcal();
});

const naive = (s: string): number => Date.parse(`${s}Z`); // wall fields as Date.UTC
const iso = (ms: number): string => new Date(ms).toISOString();
const none = (): ZoneSpec | null => null;
const floating = ianaZone('Europe/Berlin');
const resolved = (tzid: string, fromFile: (tzid: string) => ZoneSpec | null = none): { zone: Zone; warning?: string } => {
  const r = resolveZone(tzid, fromFile, 'Europe/Berlin');
  return { zone: zoneOf(r.spec, floating), warning: r.warning };
};
/** A VTIMEZONE's zone as a query uses it: its table of changes, worked out by ical.js. */
const vtimezoneZone = (c: Parameters<typeof vtimezoneSpec>[0]): Zone | null => {
  const spec = vtimezoneSpec(c);
  if (spec?.kind !== 'vtimezone') return null;
  spec.table = transitions(spec.text);
  return zoneOfSpec(spec);
};

describe('ianaName', () => {
  it('accepts IANA names, strips vendor prefixes, and maps Windows ids through windows-iana', () => {
    expect(ianaName('America/New_York')).toBe('America/New_York');
    expect(ianaName('/mozilla.org/20050126_1/Europe/Berlin')).toBe('Europe/Berlin');
    expect(ianaName('/citadel.org/20190914_1/America/Los_Angeles')).toBe('America/Los_Angeles');
    expect(ianaName('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(ianaName('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(ianaName('Customized Time Zone')).toBeNull();
  });
});

describe('display names', () => {
  it('maps Outlook display names, old "(GMT...)" spellings included, to IANA zones', () => {
    expect(zoneFromDisplayName('(UTC-05:00) Eastern Time (US & Canada)')).toBe('America/New_York');
    expect(zoneFromDisplayName('(GMT+10:00) Canberra, Melbourne, Sydney')).toBe('Australia/Sydney');
    expect(zoneFromDisplayName('Canberra, Melbourne, Sydney')).toBe('Australia/Sydney');
    expect(zoneFromDisplayName('(UTC-03:00) Brasília')).toBe('America/Sao_Paulo');
    expect(zoneFromDisplayName('Greenwich Mean Time:Dublin; Edinburgh; Lisbon; London')).toBe('Europe/London');
    expect(zoneFromDisplayName('(UTC+01:00) Somewhere New')).toBeNull();
  });

  it('reads an offset written in a name', () => {
    expect(offsetFromName('(UTC+01:00) Somewhere New')).toBe(60);
    expect(offsetFromName('GMT +0100 (Standard) / GMT +0200 (Daylight)')).toBe(60);
    expect(offsetFromName('(UTC-03:30) Newfoundland')).toBe(-210);
    expect(offsetFromName('Customized Time Zone')).toBeNull();
  });
});

describe('resolveZone', () => {
  it('converts wall times across DST with the tz database: 09:00 in New York is 13:00Z in July, 14:00Z in December', () => {
    const z = resolved('(UTC-05:00) Eastern Time (US & Canada)').zone;
    expect(iso(z.toInstant(naive('2026-07-01T09:00:00')))).toBe('2026-07-01T13:00:00.000Z');
    expect(iso(z.toInstant(naive('2026-12-01T09:00:00')))).toBe('2026-12-01T14:00:00.000Z');
  });

  it('reads a spring-forward gap time with the offset before the change, and the autumn overlap as its earlier instant', () => {
    const z = ianaZone('Europe/Berlin');
    // 2026-03-29 02:30 does not exist in Berlin: read with +01:00 it is 01:30Z (shown as 03:30 local).
    expect(iso(z.toInstant(naive('2026-03-29T02:30:00')))).toBe('2026-03-29T01:30:00.000Z');
    // 2026-10-25 02:30 happens twice; the first one is at +02:00.
    expect(iso(z.toInstant(naive('2026-10-25T02:30:00')))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(z.toInstant(naive('2026-10-25T03:30:00')))).toBe('2026-10-25T02:30:00.000Z');
  });

  it("prefers the tz database over the file's VTIMEZONE for a known name, and uses the VTIMEZONE for unknown ones", () => {
    const fromFile = (): ZoneSpec => ({ kind: 'vtimezone', tzid: 'x', text: '', fixed: 0, table: null });
    expect(resolved('Europe/Berlin', fromFile).zone.label).toBe('Europe/Berlin');
    expect(resolved('Customized Time Zone', fromFile).zone.label).toBe('VTIMEZONE x');
  });

  it('falls back to an offset in the name, then to the floating zone, and says so', () => {
    const fixed = resolved('(UTC+01:00) Somewhere New');
    expect(iso(fixed.zone.toInstant(naive('2026-07-01T09:00:00')))).toBe('2026-07-01T08:00:00.000Z');
    expect(fixed.warning).toContain('fixed offset of 60 minutes');
    const unknown = resolved('Mars Standard Time');
    expect(unknown.zone).toBe(floating);
    expect(unknown.warning).toBe('time zone "Mars Standard Time" is not known and has no VTIMEZONE; read in your zone Europe/Berlin');
  });
});

describe('vtimezoneZone', () => {
  it("uses an Exchange VTIMEZONE's yearly rules (US rules from 1601): 10:35 is -04:00 in August, -05:00 in December", () => {
    const tree = readTree(['BEGIN:VTIMEZONE', 'TZID:Customized Time Zone',
      'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT',
      'END:VTIMEZONE'].join('\r\n'));
    const z = vtimezoneZone(collect(tree.roots, 'VTIMEZONE')[0]!)!;
    expect(iso(z.toInstant(naive('2020-08-25T10:35:00')))).toBe('2020-08-25T14:35:00.000Z');
    expect(iso(z.toInstant(naive('2020-12-15T10:35:00')))).toBe('2020-12-15T15:35:00.000Z');
  });

  it('refuses a VTIMEZONE without observances', () => {
    const tree = readTree('BEGIN:VTIMEZONE\nX-INVALID-TIMEZONE:TRUE\nEND:VTIMEZONE');
    expect(vtimezoneZone(tree.roots[0]!)).toBeNull();
  });
});
