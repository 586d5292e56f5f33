import { describe, expect, it } from 'vitest';
import { addDays, eachDay, localDate, offsetMinutes, startOfDay, wallToInstant, weekdayOf } from '../../src/core/time.ts';
import { rangeInstants } from '../../src/core/ranges.ts';

const BERLIN = 'Europe/Berlin';
const H = 3600_000;

describe('zone arithmetic', () => {
  it('reads a wall time in Berlin in winter and in summer', () => {
    expect(new Date(wallToInstant({ year: 2026, month: 1, day: 15, hour: 9, minute: 0, second: 0 }, BERLIN)).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(new Date(wallToInstant({ year: 2026, month: 7, day: 15, hour: 9, minute: 0, second: 0 }, BERLIN)).toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  it('moves a time in the spring-forward gap to after it, and takes the earlier of an autumn repeat', () => {
    // 2026-03-29 02:30 does not exist in Berlin: clocks jump from 02:00 to 03:00.
    expect(new Date(wallToInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, BERLIN)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 2026-10-25 02:30 happens twice; the first (still summer time, UTC+2) wins.
    expect(new Date(wallToInstant({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }, BERLIN)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('gives 23- and 25-hour days across DST changes', () => {
    const len = (d: string): number => (startOfDay(addDays(d, 1), BERLIN) - startOfDay(d, BERLIN)) / H;
    expect(len('2026-03-29')).toBe(23);
    expect(len('2026-10-25')).toBe(25);
    expect(len('2026-10-26')).toBe(24);
    const r = rangeInstants({ from: '2026-10-19', to: '2026-10-25' }, BERLIN);
    expect((r.end - r.start) / H).toBe(7 * 24 + 1);
  });

  it('knows offsets and local dates near midnight', () => {
    expect(offsetMinutes(Date.parse('2026-11-27T12:00:00Z'), BERLIN)).toBe(60);
    expect(offsetMinutes(Date.parse('2026-11-27T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(localDate(Date.parse('2026-11-27T23:30:00Z'), BERLIN)).toBe('2026-11-28');
    expect(localDate(Date.parse('2026-11-27T23:30:00Z'), 'UTC')).toBe('2026-11-27');
  });

  it('steps calendar days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(weekdayOf('2026-11-27')).toBe(4); // a Friday
    expect(eachDay('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });
});
