import { describe, expect, it } from 'vitest';
import { parseDay, parsePeriod, resolveRange } from '../../src/core/ranges.ts';
import { parseInstant } from '../../src/core/instant.ts';
import { UsageError } from '../../src/core/errors.ts';

const BERLIN = 'Europe/Berlin';
// Friday 2026-11-27, 10:00 in Berlin.
const NOW = Date.parse('2026-11-27T09:00:00Z');
const iso = (t: number): string => new Date(t).toISOString();

describe('day ranges', () => {
  it('reads days and weekdays toward the past', () => {
    expect(parseDay('2026-11-02', NOW, BERLIN)).toBe('2026-11-02');
    expect(parseDay('yesterday', NOW, BERLIN)).toBe('2026-11-26');
    expect(parseDay('monday', NOW, BERLIN)).toBe('2026-11-23');
    expect(parseDay('friday', NOW, BERLIN)).toBe('2026-11-27');
    expect(parseDay('sat', NOW, BERLIN)).toBe('2026-11-21');
    expect(parseDay('3 days ago', NOW, BERLIN)).toBe('2026-11-24');
    expect(() => parseDay('someday', NOW, BERLIN, '--since')).toThrow(/--since: "someday" is not a day/);
  });

  it('turns shortcuts into inclusive Monday-to-Sunday weeks and months', () => {
    expect(resolveRange({ week: true }, NOW, BERLIN, 'all')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(resolveRange({ lastWeek: true }, NOW, BERLIN, 'all')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(resolveRange({ month: true }, NOW, BERLIN, 'all')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(resolveRange({ lastMonth: true }, NOW, BERLIN, 'all')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(resolveRange({ since: 'monday' }, NOW, BERLIN, 'all')).toEqual({ from: '2026-11-23', to: '2026-11-27' });
    expect(resolveRange({}, NOW, BERLIN, 'all')).toBeNull();
    expect(() => resolveRange({ since: '2026-11-10', until: '2026-11-01' }, NOW, BERLIN, 'all')).toThrow(UsageError);
    expect(() => resolveRange({ week: true, month: true }, NOW, BERLIN, 'all')).toThrow(UsageError);
    expect(parsePeriod('2026-11-02..2026-11-08', NOW, BERLIN)).toEqual({ from: '2026-11-02', to: '2026-11-08' });
  });
});

describe('instants', () => {
  const o = { now: NOW, tz: BERLIN, flag: '--at' };

  it('reads ISO-8601 with and without an offset', async () => {
    expect(iso(await parseInstant('2026-10-21T13:00:00+02:00', o))).toBe('2026-10-21T11:00:00.000Z');
    expect(iso(await parseInstant('2026-10-21 13:00', o))).toBe('2026-10-21T11:00:00.000Z');
  });

  it('reads HH:MM as the most recent such time, or on the entry day when editing', async () => {
    expect(iso(await parseInstant('09:15', o))).toBe('2026-11-27T08:15:00.000Z');
    // 10:30 has not happened yet today, so it means yesterday.
    expect(iso(await parseInstant('10:30', o))).toBe('2026-11-26T09:30:00.000Z');
    const tenPast = Date.parse('2026-11-26T23:10:00Z'); // 00:10 on the 27th in Berlin
    expect(iso(await parseInstant('23:50', { ...o, now: tenPast }))).toBe('2026-11-26T22:50:00.000Z');
    expect(iso(await parseInstant('17:00', { ...o, day: '2026-11-20' }))).toBe('2026-11-20T16:00:00.000Z');
  });

  it('reads phrases toward the past with the fixed clock', async () => {
    expect(iso(await parseInstant('10 minutes ago', o))).toBe('2026-11-27T08:50:00.000Z');
    expect(iso(await parseInstant('yesterday 14:00', o))).toBe('2026-11-26T13:00:00.000Z');
    expect(iso(await parseInstant('5 minutes ago', o))).toBe('2026-11-27T08:55:00.000Z');
  });

  it('keeps the local hour for a phrase on the other side of a DST change', async () => {
    const afterChange = Date.parse('2026-10-26T09:00:00Z'); // Monday, winter time
    expect(iso(await parseInstant('yesterday 01:30', { ...o, now: afterChange }))).toBe('2026-10-24T23:30:00.000Z');
    expect(iso(await parseInstant('2 days ago 14:00', { ...o, now: afterChange }))).toBe('2026-10-24T12:00:00.000Z');
  });

  it('refuses unreadable and future times with exit code 2', async () => {
    await expect(parseInstant('blue o clock', o)).rejects.toThrow(/cannot read "blue o clock"/);
    await expect(parseInstant('in 2 hours', o)).rejects.toThrow(/in the future/);
    await expect(parseInstant('2026-11-27T09:00:30Z', o)).resolves.toBe(Date.parse('2026-11-27T09:00:30Z'));
    await expect(parseInstant('2026-11-27T09:02:00Z', o)).rejects.toBeInstanceOf(UsageError);
  });
});
