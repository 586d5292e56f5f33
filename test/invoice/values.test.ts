// The small readers the importers stand on, with cases worked out by hand.
import { describe, expect, test } from 'vitest';
import { dateEvidence, decideDateOrder, parseClock, parseDate, parseDurationCell } from '../../src/invoices/dates.ts';
import { decideDecimal, decimalEvidence, parseNumber } from '../../src/invoices/numbers.ts';
import { rowInterval } from '../../src/invoices/row-interval.ts';
import { currencyInCell, currencyInHeader, parseBillable } from '../../src/invoices/values.ts';

describe('numbers', () => {
  test('a value proves its decimal mark only when it cannot be a thousands group', () => {
    expect(decimalEvidence('20,0')).toBe(',');
    expect(decimalEvidence('2.000,0')).toBe(',');
    expect(decimalEvidence('0,01')).toBe(',');
    expect(decimalEvidence('1,000.50')).toBe('.');
    expect(decimalEvidence('0.50')).toBe('.');
    expect(decimalEvidence('1.000')).toBeNull();
    expect(decimalEvidence('1,000')).toBeNull();
    expect(decimalEvidence('42')).toBeNull();
    expect(decimalEvidence('')).toBeNull();
    expect(decimalEvidence('1.000.000')).toBe(',');
  });

  test('the file decides; a conflict names both places', () => {
    expect(decideDecimal([{ text: '1.000', where: 'line 2' }, { text: '20,0', where: 'line 3' }])).toEqual({ mark: ',', conflict: null });
    expect(decideDecimal([{ text: '1,000', where: 'line 2' }])).toEqual({ mark: '.', conflict: null });
    expect(decideDecimal([{ text: '0.5', where: 'line 2' }, { text: '0,5', where: 'line 3' }]).conflict).toBe('line 3 "0,5" uses "," as decimal mark, but line 2 "0.5" uses "."');
  });

  test('numbers read with the decided mark', () => {
    expect(parseNumber('2.000,0', ',')).toBe(2000);
    expect(parseNumber('1.000', ',')).toBe(1000);
    expect(parseNumber('1.000', '.')).toBe(1);
    expect(parseNumber('1,234,567.89', '.')).toBe(1234567.89);
    expect(parseNumber('12,5', '.')).toBeNull();
    expect(parseNumber('abc', '.')).toBeNull();
    expect(parseNumber('', '.')).toBeNull();
  });
});

describe('dates and times', () => {
  test('slash dates prove an order only when one reading is impossible', () => {
    expect(dateEvidence('10/15/2024')).toBe('mdy');
    expect(dateEvidence('15/10/2024')).toBe('dmy');
    expect(dateEvidence('03/04/2024')).toBe('either');
    expect(dateEvidence('04/04/2024')).toBe('same');
    expect(dateEvidence('13/15/2024')).toBe('invalid');
    expect(dateEvidence('2024-03-04')).toBeNull();
  });

  test('one decisive date settles the file; none refuses; two orders conflict', () => {
    const v = (text: string, line: number) => ({ text, line, column: '1 "Date"' });
    expect(decideDateOrder([v('03/04/2024', 2), v('10/15/2024', 3)])).toEqual({ order: 'mdy' });
    expect(decideDateOrder([v('03/04/2024', 2)])).toEqual({ ambiguous: v('03/04/2024', 2) });
    expect(decideDateOrder([v('03/04/2024', 2)], 'dmy')).toEqual({ order: 'dmy' });
    expect(decideDateOrder([v('04/04/2024', 2)])).toEqual({ order: null });
    expect(decideDateOrder([v('10/15/2024', 2), v('15/10/2024', 3)])).toEqual({ conflict: v('15/10/2024', 3), other: v('10/15/2024', 2) });
  });

  test('dates in every common shape', () => {
    expect(parseDate('03/04/2024', 'mdy')).toBe('2024-03-04');
    expect(parseDate('03/04/2024', 'dmy')).toBe('2024-04-03');
    expect(parseDate('26.01.2015', null)).toBe('2015-01-26');
    expect(parseDate('2024-02-30', null)).toBeNull();
    expect(parseDate('13/15/2024', 'mdy')).toBeNull();
  });

  test('12-hour clocks: 12 AM is midnight, 12 PM noon', () => {
    expect(parseClock('10:23 AM')).toBe(10 * 3600 + 23 * 60);
    expect(parseClock('12:30:34 PM')).toBe(12 * 3600 + 30 * 60 + 34);
    expect(parseClock('12:05:00 AM')).toBe(5 * 60);
    expect(parseClock('01:00:00 pm')).toBe(13 * 3600);
    expect(parseClock('13:00 PM')).toBeNull();
    expect(parseClock('24:00')).toBeNull();
  });

  test('durations, including a spreadsheet-mangled "12:20:00 AM" that means 20 minutes', () => {
    expect(parseDurationCell('01:00:01')).toBeCloseTo(1 + 1 / 3600, 10);
    expect(parseDurationCell('125:30:00')).toBe(125.5);
    expect(parseDurationCell('02:00:00 AM')).toBe(2);
    expect(parseDurationCell('12:20:00 AM')).toBeCloseTo(20 / 60, 10);
    expect(parseDurationCell('1:75')).toBeNull();
  });
});

describe('billable, currency', () => {
  test('billable values in several languages', () => {
    expect(parseBillable('Yes')).toBe(true);
    expect(parseBillable('いいえ')).toBe(false);
    expect(parseBillable('Nein')).toBe(false);
    expect(parseBillable('oui')).toBe(true);
    expect(parseBillable('')).toBeNull();
    expect(parseBillable('maybe')).toBeUndefined();
  });

  test('currency from a header or a cell', () => {
    expect(currencyInHeader('Amount (EUR)')).toBe('EUR');
    expect(currencyInHeader('Billable Rate (USD)')).toBe('USD');
    expect(currencyInHeader('Amount ()')).toBeNull();
    expect(currencyInCell('Euro - EUR')).toBe('EUR');
    expect(currencyInCell('United States Dollar - USD')).toBe('USD');
    expect(currencyInCell('')).toBeNull();
    expect(currencyInCell('Euro')).toBeUndefined();
  });
});

describe('rowInterval (for issue 8 importers)', () => {
  const row = { line: 2, date: '2026-03-29', startTime: '01:30:00', endDate: '2026-03-29', endTime: '03:30:00', hours: 1, client: null, project: null, task: null, description: null, billable: null, rate: null, amount: null, currency: null, user: null, tags: [] };
  test('wall times in the zone: 01:30 to 03:30 across the spring-forward hour is one hour', () => {
    expect(rowInterval(row, 'Europe/Berlin')).toEqual({ start: Date.parse('2026-03-29T00:30:00Z'), end: Date.parse('2026-03-29T01:30:00Z') });
  });
  test('no end time: start + hours; no start time: null', () => {
    expect(rowInterval({ ...row, endTime: null, hours: 0.5 }, 'UTC')).toEqual({ start: Date.parse('2026-03-29T01:30:00Z'), end: Date.parse('2026-03-29T02:00:00Z') });
    expect(rowInterval({ ...row, startTime: null }, 'UTC')).toBeNull();
  });
});
