// Invoice lines from tracked entries, numbers and totals, with every figure worked out by hand.
import { describe, expect, test } from 'vitest';
import { newClient, type Client } from '../../src/core/client.ts';
import type { Entry } from '../../src/core/events.ts';
import { localDate } from '../../src/core/time.ts';
import { billableEntries, buildLines, dayCutter } from '../../src/invoices/build.ts';
import { DEFAULT_PATTERN, nextNumber } from '../../src/invoices/number.ts';
import { shares, shownLines } from '../../src/invoices/group.ts';
import type { Invoice } from '../../src/invoices/model.ts';
import { invoiceTotals } from '../../src/invoices/totals.ts';

const TZ = 'Europe/Berlin'; // November: UTC+1

function entry(id: string, start: string, end: string | null, project?: string, note?: string, tags: string[] = [], client = 'acme'): Entry {
  return { id, client, project, note, tags, start: Date.parse(start), end: end === null ? null : Date.parse(end), tz: TZ, source: 'cli', lastAction: id };
}

const acme: Client = {
  ...newClient('acme'),
  currency: 'EUR',
  rates: [
    { from: null, rate: 90 },
    { from: '2026-11-05', rate: 100 },
  ],
  roundMin: 15,
  roundMode: 'up',
  taxPercent: 19,
};

const entries = [
  entry('E1', '2026-11-03T09:00:00+01:00', '2026-11-03T10:10:00+01:00', 'web', 'login'), // 70 min
  entry('E2', '2026-11-03T14:00:00+01:00', '2026-11-03T14:20:00+01:00', 'web', 'login'), // 20 min
  entry('E3', '2026-11-03T11:00:00+01:00', '2026-11-03T11:07:00+01:00', 'api', undefined, ['bug']), // 7 min
  entry('E4', '2026-11-05T23:30:00+01:00', '2026-11-06T00:40:00+01:00', 'web'), // 70 min across midnight
  entry('E5', '2026-11-04T09:00:00+01:00', '2026-11-04T12:00:00+01:00', 'x', undefined, [], 'globex'),
  entry('E6', '2026-11-10T09:00:00+01:00', '2026-11-10T10:00:00+01:00', 'web'),
  entry('E7', '2026-11-06T09:00:00+01:00', null, 'web'),
  // 23:30 local on Sunday 11-08 is 22:30 UTC: still the period's last day in Berlin.
  entry('E8', '2026-11-08T22:30:00Z', '2026-11-08T22:45:00Z', 'web'),
];

describe('invoice lines from tracked time', () => {
  const range = { from: '2026-11-02', to: '2026-11-08' };

  test('entries of the client that started in the period, by local day; running timers apart', () => {
    const b = billableEntries(entries, 'acme', range, TZ);
    expect(b.entries.map((e) => e.id)).toEqual(['E1', 'E2', 'E3', 'E4', 'E8']);
    expect(b.running.map((e) => e.id)).toEqual(['E7']);
  });

  test('one line per project and day, rounded per line, at the rate of that day', () => {
    const lines = buildLines(billableEntries(entries, 'acme', range, TZ).entries, acme, TZ);
    expect(lines.map((l) => [l.date, l.project, l.trackedHours, l.hours, l.rate, l.amount, l.description])).toEqual([
      // 7 min rounds up to 15 min: 0.25 h × 90 = 22.50
      ['2026-11-03', 'api', 0.1167, 0.25, 90, 22.5, 'api'], // no note: the project (tags stay off the document)
      // 70 + 20 = 90 min, already a multiple of 15: 1.5 h × 90 = 135.00; the note once
      ['2026-11-03', 'web', 1.5, 1.5, 90, 135, 'login'],
      // 70 min on the day it started, up to 75 min: 1.25 h × 100 (the rate from 11-05) = 125.00
      ['2026-11-05', 'web', 1.1667, 1.25, 100, 125, 'web'],
      // 15 min: 0.25 h × 100 = 25.00
      ['2026-11-08', 'web', 0.25, 0.25, 100, 25, 'web'],
    ]);
    expect(lines.every((l) => l.client === 'acme' && l.currency === 'EUR')).toBe(true);
  });

  test('nearest and down rounding, and no rounding', () => {
    const one = [entry('A', '2026-11-03T09:00:00+01:00', '2026-11-03T09:08:00+01:00', 'web')]; // 8 min
    const hoursWith = (roundMin: number, roundMode: Client['roundMode']): number => buildLines(one, { ...acme, roundMin, roundMode }, TZ)[0]!.hours;
    expect(hoursWith(15, 'nearest')).toBe(0.25); // 8/15 = 0.53 steps -> 1 step
    expect(hoursWith(15, 'down')).toBe(0);
    expect(hoursWith(6, 'nearest')).toBe(0.1); // 8/6 = 1.33 steps -> 1 step of 6 min
    expect(hoursWith(0, 'up')).toBe(0.1333);
  });

  test('no rate on a day leaves the line unpriced', () => {
    const lines = buildLines([entries[0]!], { ...acme, rates: [{ from: '2026-12-01', rate: 50 }] }, TZ);
    expect(lines[0]!.rate).toBeNull();
    expect(lines[0]!.amount).toBeNull();
  });
});

describe('dayCutter', () => {
  test('gives the local day of every instant, in any order, across the 25-hour day of a DST change', () => {
    const from = Date.parse('2026-10-24T20:00:00Z');
    const instants = Array.from({ length: 120 }, (_, i) => from + i * 37 * 60_000);
    const shuffled = [...instants.filter((_, i) => i % 2), ...instants.filter((_, i) => i % 2 === 0).reverse()];
    const dayOf = dayCutter(TZ);
    expect(shuffled.map(dayOf)).toEqual(shuffled.map((t) => localDate(t, TZ)));
    // 2026-10-25 in Berlin runs from 22:00Z on the 24th to 23:00Z on the 25th: 25 hours.
    expect([dayOf(Date.parse('2026-10-24T21:59:59Z')), dayOf(Date.parse('2026-10-24T22:00:00Z')), dayOf(Date.parse('2026-10-25T22:59:59Z')), dayOf(Date.parse('2026-10-25T23:00:00Z'))]).toEqual(['2026-10-24', '2026-10-25', '2026-10-25', '2026-10-26']);
  });
});

describe('totals', () => {
  test('per currency, tax per client rounded once', () => {
    const lines = buildLines(billableEntries(entries, 'acme', { from: '2026-11-02', to: '2026-11-08' }, TZ).entries, acme, TZ);
    // net 22.50 + 135 + 125 + 25 = 307.50; tax 19 % = 58.425 -> 58.43; gross 365.93; hours 3.25
    expect(invoiceTotals(lines, [{ client: 'acme', percent: 19 }])).toEqual([{ currency: 'EUR', hours: 3.25, net: 307.5, tax: 58.43, gross: 365.93 }]);
  });

  test('two currencies stay apart; unpriced lines add hours but no money', () => {
    const base = { project: null, trackedHours: null, description: '' };
    const lines = [
      { ...base, date: '2026-11-02', client: 'a', hours: 0.1, rate: 10, currency: 'USD', amount: 1 },
      { ...base, date: '2026-11-02', client: 'a', hours: 0.2, rate: 10, currency: 'USD', amount: 2 },
      { ...base, date: '2026-11-02', client: 'b', hours: 1, rate: null, currency: 'EUR', amount: null },
    ];
    expect(invoiceTotals(lines, [{ client: 'a', percent: 7.7 }])).toEqual([
      { currency: 'EUR', hours: 1, net: 0, tax: 0, gross: 0 },
      // 0.1 + 0.2 h is exactly 0.3; tax 7.7 % of 3.00 = 0.231 -> 0.23
      { currency: 'USD', hours: 0.3, net: 3, tax: 0.23, gross: 3.23 },
    ]);
  });
});

describe('invoice numbers', () => {
  const at = (year: number, month = 11, client = 'acme', series = 'A') => ({ year, month, client, series });
  test('{seq} counts up within the filled-in pattern and restarts for a new year', () => {
    const taken = ['2026-001', '2026-002', '2025-007', 'X'];
    expect(nextNumber('{yyyy}-{seq}', at(2026), taken)).toBe('2026-003');
    expect(nextNumber('{yyyy}-{seq}', at(2027, 1), taken)).toBe('2027-001');
    expect(nextNumber('INV-{client}-{yyyy}{mm}-{seq}', at(2026), ['INV-acme-202611-009'])).toBe('INV-acme-202611-010');
    expect(nextNumber('{yyyy}-{seq}', at(2026, 11, 'a'), ['2026-999'])).toBe('2026-1000');
  });

  test('the default pattern prints the series; each series counts on its own; {seq:N} sets the digits', () => {
    const taken = ['2026-A001', '2026-A002', '2026-B001', '2026-001'];
    expect(nextNumber(DEFAULT_PATTERN, at(2026), taken)).toBe('2026-A003');
    expect(nextNumber(DEFAULT_PATTERN, at(2026, 11, 'acme', 'B'), taken)).toBe('2026-B002');
    expect(nextNumber(DEFAULT_PATTERN, at(2026, 11, 'acme', 'LAP'), taken)).toBe('2026-LAP001');
    expect(nextNumber('{series}/{yyyy}/{seq:5}', at(2026), ['A/2026/00041'])).toBe('A/2026/00042');
  });
});

describe('how lines are shown (--group)', () => {
  const base: Omit<Invoice, 'lines'> = {
    id: 'I',
    number: 'N',
    series: null,
    kind: 'invoice',
    source: 'tt',
    clients: ['acme'],
    from: '2026-11-02',
    to: '2026-11-08',
    issued: '2026-11-09',
    createdAt: '2026-11-09T09:00:00Z',
    due: null,
    tax: [],
    totals: [],
    credit: [],
    cancels: null,
    supplements: [],
    group: 'day',
    entries: [],
    action: null,
    file: null,
    sha256: null,
    sender: '',
    footer: '',
    device: 'd',
  };
  const line = (date: string, project: string, hours: number, amount: number, covers: { entry: string; hours: number; note?: string }[] = []): Invoice['lines'][number] => ({ date, client: 'acme', project, hours, trackedHours: hours, rate: 100, currency: 'EUR', amount, description: 'd', covers });

  test('shares add up to the total exactly, the remainder going to the largest fractions', () => {
    expect(shares(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(shares(-1000, [2, 1])).toEqual([-667, -333]);
    expect(shares(5, [0, 0])).toEqual([5, 0]);
  });

  test('project: one row per project and rate over the period; entry: each entry its share of its line', () => {
    const lines = [line('2026-11-03', 'web', 1.5, 150), line('2026-11-04', 'web', 1, 100), line('2026-11-04', 'api', 0.25, 25)];
    expect(shownLines({ ...base, group: 'project', lines }).map((l) => [l.date, l.project, l.hours, l.amount])).toEqual([
      ['2026-11-03 – 2026-11-04', 'web', 2.5, 250],
      ['2026-11-04', 'api', 0.25, 25],
    ]);
    // A 1.25 h line (rounded up from 1 h 10) over two entries of 40 and 30 minutes.
    const split = [line('2026-11-03', 'web', 1.25, 125, [{ entry: 'a', hours: 0.6667, note: 'login' }, { entry: 'b', hours: 0.5 }])];
    expect(shownLines({ ...base, group: 'entry', lines: split }).map((l) => [l.description, l.hours, l.amount])).toEqual([
      ['login', 0.7143, 71.43],
      ['d', 0.5357, 53.57],
    ]);
    expect(shownLines({ ...base, lines: split })).toHaveLength(1);
  });
});
