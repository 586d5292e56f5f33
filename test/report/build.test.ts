import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../src/report/build.ts';
import { reportJson } from '../../src/report/json.ts';
import { client, entry } from './fixtures.ts';

const NOW = Date.parse('2026-11-27T10:00:00Z');
const acme = client('acme', { rates: [{ from: null, rate: 90 }, { from: '2026-11-04', rate: 100 }], currency: 'EUR', roundMin: 15, roundMode: 'up' });
const globex = client('globex', { rates: [{ from: null, rate: 120 }], currency: 'USD' });
const home = client('home', { billable: false, rates: [{ from: null, rate: 50 }] });
const clients = [acme, globex, home];

function report(entries: ReportInput['entries'], more: Partial<ReportInput> = {}): Record<string, unknown> {
  return reportJson(buildReport({ entries, clients, tz: 'Europe/Berlin', range: { from: '2026-11-01', to: '2026-11-30' }, now: NOW, by: 'client', rounded: false, ...more }));
}

describe('buildReport', () => {
  it('prices each day at the rate in force that day', () => {
    // 2 h on Nov 3 at 90, 3 h on Nov 4 at 100: 180 + 300.
    const r = report([entry('acme', '2026-11-03T09:00:00Z', '2026-11-03T11:00:00Z'), entry('acme', '2026-11-04T09:00:00Z', '2026-11-04T12:00:00Z')]);
    expect(r.groups).toEqual([
      { key: 'acme', hours: 5, invoicedHours: 0, notInvoicedHours: 5, nonBillableHours: 0, unpricedHours: 0, money: [{ currency: 'EUR', amount: 480, invoiced: 0, notInvoiced: 480, net: 0, tax: 0, gross: 0, paid: 0, open: 0 }] },
    ]);
  });

  it('splits an entry across midnight between the two days and their rates', () => {
    // 22:00 to 02:00 Berlin (UTC+1): 2 h on Nov 3 at 90, 2 h on Nov 4 at 100.
    const r = report([entry('acme', '2026-11-03T21:00:00Z', '2026-11-04T01:00:00Z')], { by: 'day' });
    const groups = r.groups as { key: string; hours: number; money: { amount: number }[] }[];
    expect(groups.map((g) => [g.key, g.hours, g.money[0]!.amount])).toEqual([
      ['2026-11-03', 2, 180],
      ['2026-11-04', 2, 200],
    ]);
  });

  it('counts non-billable hours without money and keeps currencies apart in the totals', () => {
    const r = report([
      entry('acme', '2026-11-10T09:00:00Z', '2026-11-10T10:30:00Z'),
      entry('globex', '2026-11-10T11:00:00Z', '2026-11-10T11:45:00Z'),
      entry('home', '2026-11-10T12:00:00Z', '2026-11-10T14:00:00Z'),
    ]);
    expect(r.totals).toEqual({
      hours: 4.25,
      invoicedHours: 0,
      notInvoicedHours: 4.25,
      nonBillableHours: 2,
      unpricedHours: 0,
      money: [
        { currency: 'EUR', amount: 150, invoiced: 0, notInvoiced: 150, net: 0, tax: 0, gross: 0, paid: 0, open: 0 },
        { currency: 'USD', amount: 90, invoiced: 0, notInvoiced: 90, net: 0, tax: 0, gross: 0, paid: 0, open: 0 },
      ],
    });
  });

  it('splits invoiced from not yet invoiced, in hours and money', () => {
    const r = report([entry('globex', '2026-11-10T09:00:00Z', '2026-11-10T10:00:00Z', { invoice: 'INV-1' }), entry('globex', '2026-11-11T09:00:00Z', '2026-11-11T09:30:00Z')]);
    expect(r.totals).toMatchObject({ hours: 1.5, invoicedHours: 1, notInvoicedHours: 0.5, money: [{ currency: 'USD', amount: 180, invoiced: 120, notInvoiced: 60 }] });
  });

  it('rounds per client, project and day line, not per entry', () => {
    // Two 7-minute entries on one day are one 14-minute line: 15 minutes rounded up, not 30.
    // Another project the same day is its own line: 20 minutes become 30. Nov 10 rate: 100.
    const entries = [
      entry('acme', '2026-11-10T09:00:00Z', '2026-11-10T09:07:00Z', { project: 'web' }),
      entry('acme', '2026-11-10T10:00:00Z', '2026-11-10T10:07:00Z', { project: 'web' }),
      entry('acme', '2026-11-10T11:00:00Z', '2026-11-10T11:20:00Z', { project: 'api' }),
      entry('globex', '2026-11-10T12:00:00Z', '2026-11-10T12:07:00Z'),
    ];
    const r = report(entries, { rounded: true, by: 'project' });
    const groups = r.groups as { key: string; client: string; project: string | null; hours: number; money: { amount: number }[] }[];
    expect(groups.map((g) => [g.key, g.client, g.project, g.hours, g.money[0]!.amount])).toEqual([
      ['acme/api', 'acme', 'api', 0.5, 50],
      ['acme/web', 'acme', 'web', 0.25, 25],
      ['globex', 'globex', null, 0.1167, 14], // globex has no rounding rule: 7 min at 120 = 14.00
    ]);
  });

  it('by tag counts an entry under each of its tags, and the totals count it once', () => {
    const entries = [
      entry('globex', '2026-11-10T09:00:00Z', '2026-11-10T10:00:00Z', { tags: ['bug', 'ui'] }),
      entry('globex', '2026-11-10T11:00:00Z', '2026-11-10T11:30:00Z'),
    ];
    const r = report(entries, { by: 'tag' });
    const groups = r.groups as { key: string | null; hours: number }[];
    expect(groups.map((g) => [g.key, g.hours])).toEqual([
      ['bug', 1],
      ['ui', 1],
      [null, 0.5],
    ]);
    expect((r.totals as { hours: number }).hours).toBe(1.5);
  });

  it('reports billable time of an unknown client or a day before any rate as unpriced', () => {
    const late = client('late', { rates: [{ from: '2026-11-20', rate: 10 }] });
    const r = reportJson(
      buildReport({
        entries: [entry('gone', '2026-11-10T09:00:00Z', '2026-11-10T10:00:00Z'), entry('late', '2026-11-19T09:00:00Z', '2026-11-19T11:00:00Z'), entry('late', '2026-11-20T09:00:00Z', '2026-11-20T10:00:00Z')],
        clients: [late],
        tz: 'UTC',
        range: { from: '2026-11-01', to: '2026-11-30' },
        now: NOW,
        by: 'client',
        rounded: false,
      }),
    );
    expect(r.totals).toMatchObject({ hours: 4, unpricedHours: 3, money: [{ currency: 'USD', amount: 10 }] });
  });

  it('clips entries to the range and counts a running timer up to now', () => {
    const entries = [entry('globex', '2026-10-31T22:00:00Z', '2026-11-01T01:00:00Z'), entry('globex', '2026-11-27T09:00:00Z', null)];
    // Nov 1 starts 23:00Z in Berlin: 2 h of the first entry are in range, and 1 h of the running one.
    const r = report(entries);
    expect((r.totals as { hours: number }).hours).toBe(3);
  });
});
