// DATE, DATE-TIME, DURATION and PERIOD values as exporters write them.
import { describe, expect, it } from 'vitest';
import { parseDateValue, parseDuration, parsePeriod, unescapeText } from '../../src/calendar/values.ts';

const at = (s: string): number => Date.parse(`${s}Z`);

describe('parseDateValue', () => {
  it('reads DATE, floating and UTC DATE-TIME, compact or with separators', () => {
    expect(parseDateValue('20261124')).toEqual({ naive: at('2026-11-24T00:00:00'), isDate: true, utc: false });
    expect(parseDateValue('20261124T093000')).toEqual({ naive: at('2026-11-24T09:30:00'), isDate: false, utc: false });
    expect(parseDateValue('20261124T093000Z')).toEqual({ naive: at('2026-11-24T09:30:00'), isDate: false, utc: true });
    expect(parseDateValue(' 2026-11-24T09:30:00Z ')).toEqual({ naive: at('2026-11-24T09:30:00'), isDate: false, utc: true });
  });

  it('refuses impossible dates and junk', () => {
    for (const bad of ['20260231', '20250229T100000', '20171032T000000', '20261324', '2026112', 'garbage', '20261124T093000X']) expect(parseDateValue(bad)).toBeNull();
    expect(parseDateValue('20240229')).not.toBeNull(); // a leap day
  });
});

describe('parseDuration and parsePeriod', () => {
  it('splits nominal days from exact time', () => {
    expect(parseDuration('PT1H30M')).toEqual({ days: 0, ms: 5_400_000 });
    expect(parseDuration('P1W2D')).toEqual({ days: 9, ms: 0 });
    expect(parseDuration('-P1DT1S')).toEqual({ days: -1, ms: -1000 });
    expect(parseDuration('P')).toBeNull();
    expect(parseDuration('PT')).toBeNull();
  });

  it('reads start/end and start/duration periods', () => {
    expect(parsePeriod('20231125T090000Z/20231125T123000Z')?.end?.naive).toBe(at('2023-11-25T12:30:00'));
    expect(parsePeriod('20231125T090000Z/PT2H')?.duration).toEqual({ days: 0, ms: 7_200_000 });
    expect(parsePeriod('20231125T090000Z')).toBeNull();
  });

  it('unescapes TEXT', () => expect(unescapeText('a\\, b\\; c\\nd\\\\e')).toBe('a, b; c\nd\\e'));
});
