// `tt report` through the built binary: a Berlin user with two currencies, a non-billable client, a
// rate change and an entry across the DST night of 2026-10-25.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok, tt, ttEnv, ttJson, type TtEnv } from '../helpers/cli.ts';

let e: TtEnv;

beforeAll(() => {
  e = ttEnv({ now: '2026-10-30T12:00:00Z', tz: 'Europe/Berlin' });
  ok(e, ['client', 'add', 'acme', '--rate', '90', '--currency', 'EUR', '--round', '15m']);
  ok(e, ['client', 'set', 'acme', '--rate', '100', '--from', '2026-10-26']);
  ok(e, ['client', 'add', 'globex', '--rate', '120', '--currency', 'USD']);
  ok(e, ['client', 'add', 'home', '--no-billable']);
  ok(e, ['add', 'acme/web', '+deploy', '--from', '2026-10-24T22:00:00+02:00', '--to', '2026-10-25T06:00:00+01:00', '--note', 'DST night']);
  ok(e, ['add', 'globex', '--from', '2026-10-26T09:00:00+01:00', '--to', '2026-10-26T10:10:00+01:00']);
  ok(e, ['add', 'acme', '+bugfix', '+ui', '--from', '2026-10-27T09:00:00+01:00', '--to', '2026-10-27T10:07:00+01:00']);
  ok(e, ['add', 'home', '--from', '2026-10-27T12:00:00+01:00', '--to', '2026-10-27T13:00:00+01:00']);
});

const RANGE = ['--since', '2026-10-20', '--until', '2026-10-31'];

interface Sums {
  hours: number;
  nonBillableHours: number;
  money: { currency: string; amount: number; notInvoiced: number }[];
}

describe('tt report', () => {
  it('sums hours and money per client, each day at its rate, nine real hours for the DST night', () => {
    const r = ttJson<{ groups: (Sums & { key: string })[]; totals: Sums }>(e, ['report', ...RANGE]);
    // acme: 2 h on Oct 24 + 7 h on Oct 25 at 90 = 810; 1:07 on Oct 27 at 100 = 111.67.
    expect(r.groups.map((g) => [g.key, g.hours, g.money.map((m) => `${m.amount} ${m.currency}`)])).toEqual([
      ['acme', 10.1167, ['921.67 EUR']],
      ['globex', 1.1667, ['140 USD']],
      ['home', 1, []],
    ]);
    expect(r.totals).toMatchObject({ hours: 12.2833, nonBillableHours: 1, money: [{ currency: 'EUR', amount: 921.67, notInvoiced: 921.67 }, { currency: 'USD', amount: 140 }] });
  });

  it('--rounded rounds each client, project and day line by the client rule', () => {
    const r = ttJson<{ groups: (Sums & { key: string })[] }>(e, ['report', ...RANGE, '--rounded']);
    // Oct 27: 1:07 rounded up to 1:15 at 100 = 125; the DST night lines are whole hours already.
    expect(r.groups[0]).toMatchObject({ key: 'acme', hours: 10.25, money: [{ currency: 'EUR', amount: 935 }] });
  });

  it('prints a table with totals and a chart with a legend', () => {
    const out = ok(e, ['report', ...RANGE, '--by', 'day', '--chart']).stdout;
    expect(out).toContain('2026-10-20..2026-10-31 by day');
    expect(out).toMatch(/^Total\s+12\.28\s/m);
    expect(out).toMatch(/^Sun 2026-10-25 \|#+\s*\|\s+7:00$/m);
    expect(out).toMatch(/^Tue 2026-10-27 \|#+\++\s*\|\s+2:07$/m);
    expect(out).toContain('# acme 10:07   = globex 1:10   + home 1:00');
  });

  it('writes CSV that a CSV reader gets the same numbers from', () => {
    const rows = parse<Record<string, string>>(ok(e, ['report', ...RANGE, '--by', 'project', '--format', 'csv']).stdout, { columns: true });
    expect(rows.map((r) => [r.project, r.hours, r.amount_EUR, r.amount_USD])).toEqual([
      ['acme', '1.1167', '111.67', '0.00'],
      ['acme/web', '9', '810.00', '0.00'],
      ['globex', '1.1667', '0.00', '140.00'],
      ['home', '1', '0.00', '0.00'],
    ]);
  });

  it('--estimates compares estimates with the time taken', () => {
    ok(e, ['edit', '@2', '--estimate', '30m']); // the 1:07 acme entry
    const r = ttJson<{ entries: { client: string; estimateHours: number; actualHours: number; ratio: number }[]; tags: { tag: string | null; ratio: number }[] }>(e, ['report', '--estimates']);
    expect(r.entries.map((x) => [x.client, x.estimateHours, x.actualHours, x.ratio])).toEqual([['acme', 0.5, 1.1167, 2.23]]);
    expect(r.tags.map((t) => [t.tag, t.ratio])).toEqual([
      ['bugfix', 2.23],
      ['ui', 2.23],
    ]);
    expect(ok(e, ['report', '--estimates']).stdout).toMatch(/acme \+bugfix \+ui\s+0\.50\s+1\.12\s+2\.23x/);
  });

  it('refuses flags that do not go together, with exit 2', () => {
    const chart = tt(e, ['report', '--chart', '--format', 'csv']);
    expect([chart.code, chart.stderr]).toEqual([2, expect.stringContaining('--chart')]);
    expect(tt(e, ['report', '--by', 'week']).code).toBe(2);
    expect(tt(e, ['report', '--estimates', '--rounded']).code).toBe(2);
    expect(tt(e, ['report', '--week', '--since', '2026-10-01']).code).toBe(2);
  });
});
