import { describe, expect, it } from 'vitest';
import { DayCutter } from '../../src/report/days.ts';
import { buildLines } from '../../src/report/lines.ts';
import { entry } from './fixtures.ts';
import { addDays, startOfDay } from '../../src/core/time.ts';

const iso = (ms: number): string => new Date(ms).toISOString();

describe('DayCutter', () => {
  it('cuts the autumn DST night in Berlin into 2 hours before midnight and 7 after', () => {
    // 22:00 CEST (20:00Z) to 06:00 CET (05:00Z): nine real hours.
    const e = entry('acme', '2026-10-24T20:00:00Z', '2026-10-25T05:00:00Z');
    const lines = buildLines([e], { tz: 'Europe/Berlin', start: -Infinity, end: Infinity, now: 0 });
    expect(lines.map((l) => [l.day, l.ms / 3600_000])).toEqual([
      ['2026-10-24', 2],
      ['2026-10-25', 7],
    ]);
  });

  it('knows the spring-forward day has 23 hours and the autumn one 25', () => {
    const cut = new DayCutter('Europe/Berlin');
    const spring = cut.dayOf(Date.parse('2026-03-29T12:00:00Z'));
    expect([spring.day, iso(spring.from), (spring.to - spring.from) / 3600_000]).toEqual(['2026-03-29', '2026-03-28T23:00:00.000Z', 23]);
    const autumn = cut.dayOf(Date.parse('2026-10-25T12:00:00Z'));
    expect([autumn.day, iso(autumn.from), (autumn.to - autumn.from) / 3600_000]).toEqual(['2026-10-25', '2026-10-24T22:00:00.000Z', 25]);
  });

  it('walking day by day across both DST changes gives the same bounds as startOfDay', () => {
    for (const tz of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Africa/Casablanca', 'UTC']) {
      const cut = new DayCutter(tz);
      for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
        const noon = startOfDay(day, tz) + 12 * 3600_000;
        const d = cut.dayOf(noon);
        expect([d.day, d.from, d.to]).toEqual([day, startOfDay(day, tz), startOfDay(addDays(day, 1), tz)]);
      }
    }
  });

  it('finds a day far from the last one and a day before it', () => {
    const cut = new DayCutter('Europe/Berlin');
    expect(cut.dayOf(Date.parse('2026-06-01T10:00:00Z')).day).toBe('2026-06-01');
    expect(cut.dayOf(Date.parse('2026-09-01T10:00:00Z')).day).toBe('2026-09-01');
    expect(cut.dayOf(Date.parse('2026-01-01T00:30:00Z')).day).toBe('2026-01-01');
    expect(cut.dayOf(Date.parse('2025-12-31T22:59:59Z')).day).toBe('2025-12-31');
  });

  it('gives no line for an empty entry, or one outside the window', () => {
    const w = { tz: 'UTC', start: Date.parse('2026-06-01T00:00:00Z'), end: Date.parse('2026-06-02T00:00:00Z'), now: 0 };
    expect(buildLines([entry('acme', '2026-06-01T10:00:00Z', '2026-06-01T10:00:00Z'), entry('acme', '2026-06-02T10:00:00Z', '2026-06-02T11:00:00Z')], w)).toEqual([]);
  });
});
