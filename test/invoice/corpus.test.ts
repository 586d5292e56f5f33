// Every Toggl, Harvest and Clockify export in the corpus (test/fixtures/corpus/exports) imports, or
// is refused with a message naming the file and the line. Totals of the small files are worked out by
// hand in the comments; the two 250-row files are checked against a plain split of their (quote-free)
// lines. The tt-* files were written for tt in the shape of copyleft exports (see SOURCES.md there).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Invoice } from '../../src/invoices/model.ts';
import { corpusFile } from '../helpers/corpus.ts';
import { world, type Tt } from './run.ts';

const file = (dir: string, name: string): string => corpusFile('exports', dir, name);

interface Imported {
  invoice: Invoice;
  skipped: { line: number; column: string | null; message: string }[];
  leftOut: { nonBillable: number[]; empty: number[] };
}

async function imports(tt: Tt, path: string, ...flags: string[]): Promise<Imported> {
  return JSON.parse((await tt.ok('invoice', 'import', path, '--json', ...flags)).stdout) as Imported;
}

/** Runs an import that must be refused (exit 2, nothing recorded) and returns its message. */
async function refused(tt: Tt, path: string, ...flags: string[]): Promise<string> {
  const r = await tt('invoice', 'import', path, ...flags);
  expect(r.code, r.stdout + r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(JSON.parse((await tt.ok('invoice', 'list', '--json')).stdout).invoices).toEqual([]);
  return r.stderr;
}

async function kestrel(): Promise<Tt> {
  const tt = await world();
  await tt.ok('client', 'add', 'kestrel', '--rate', '80', '--currency', 'USD', '--alias', 'Kestrel Logistics');
  return tt;
}

async function harbour(): Promise<Tt> {
  const tt = await world();
  await tt.ok('client', 'add', 'harbour', '--alias', 'Harbour Lights', '--currency', 'EUR');
  return tt;
}

const summary = (inv: Invoice) => inv.lines.map((l) => [l.date, l.client, l.hours, l.rate, l.amount, l.currency]);

describe('corpus: Toggl', () => {
  test('tt-toggl-bom-amount: BOM, Amount (EUR), a zero-length non-billable row', async () => {
    const tt = await kestrel();
    const r = await imports(tt, file('toggl', 'tt-toggl-bom-amount.csv'));
    // Line 3: 13:20:00 to 15:35:09, duration 02:15:09 = 2 h 15 min 9 s = 2.2525 h; Amount 202.73 EUR
    // (Toggl's 90/h rounded to cents), so the rate is 202.73 / 2.2525 = 90.00222 -> 90.0022 (EUR
    // from the header, over kestrel's USD).
    expect(summary(r.invoice)).toEqual([['2025-01-13', 'kestrel', 2.2525, 90.0022, 202.73, 'EUR']]);
    expect(r.invoice.totals).toEqual([{ currency: 'EUR', hours: 2.2525, net: 202.73, tax: 0, gross: 202.73 }]);
    expect(r.leftOut.nonBillable).toEqual([2]);
    expect(r.invoice.source).toBe('toggl');
  });

  test('tt-toggl-all-quoted: every field quoted; its one row is non-billable', async () => {
    const tt = await harbour();
    const msg = await refused(tt, file('toggl', 'tt-toggl-all-quoted.csv'));
    expect(msg).toContain('tt-toggl-all-quoted.csv: no billable rows to record; 1 rows are marked non-billable (lines 2)');
    // 08:59:58 to 09:00:01: 3 s = 0.000833 h -> 0.0008 h; the description with backslashes, doubled
    // quotes and an emoji survives, after its task.
    const r = await imports(tt, file('toggl', 'tt-toggl-all-quoted.csv'), '--include-non-billable');
    expect(summary(r.invoice)).toEqual([['2025-02-20', 'harbour', 0.0008, null, null, 'EUR']]);
    expect(r.invoice.lines[0]!.description).toContain('Escaping: Fix \\n\\t "smart" quotes 🧪 in ~`^|\\\\ /?<>{}[];: #%&*@!');
  });

  test('test_execute_01: Japanese client names through aliases, Billable いいえ, Amount ()', async () => {
    const tt = await world();
    await tt.ok('client', 'add', 'area3', '--currency', 'JPY', '--alias', '第3領域');
    await tt.ok('client', 'add', 'area4', '--currency', 'JPY', '--alias', '第4領域');
    const msg = await refused(tt, file('toggl', 'test_execute_01.csv'));
    expect(msg).toContain('test_execute_01.csv: no billable rows to record; 2 rows are marked non-billable (lines 2, 3)');
    const r = await imports(tt, file('toggl', 'test_execute_01.csv'), '--include-non-billable');
    // 00:00-08:00 = 8 h and 10:00-22:00 = 12 h; no currency in "Amount ()", so the clients' JPY.
    expect(summary(r.invoice)).toEqual([
      ['2014-06-23', 'area3', 8, null, null, 'JPY'],
      ['2014-06-23', 'area4', 12, null, null, 'JPY'],
    ]);
    expect(r.invoice.totals).toEqual([{ currency: 'JPY', hours: 20, net: 0, tax: 0, gross: 0 }]);
    expect(r.invoice.clients).toEqual(['area3', 'area4']);
  });

  test('tt-toggl-12h-times: 12-hour times and "12:45:00 AM" durations', async () => {
    const tt = await world();
    await tt.ok('client', 'add', 'orla', '--rate', '50', '--currency', 'EUR', '--alias', 'Orla Byrne');
    const msg = await refused(tt, file('toggl', 'tt-toggl-12h-times.csv'));
    expect(msg).toContain('12 rows are marked non-billable (lines 2, 3, 4,');
    const r = await imports(tt, file('toggl', 'tt-toggl-12h-times.csv'), '--include-non-billable');
    // Durations in minutes, line 2 to 13: 150 45 210 55 10 45 90 200 25 135 75 50 = 1090 min =
    // 18.1667 h (the per-line 4-decimal hours sum to the same). "12:45:00 AM" on line 7, from
    // 11:40:20 AM to 12:25:20 PM across noon, is 45 min.
    expect(r.invoice.lines).toHaveLength(12);
    expect(r.invoice.totals[0]!.hours).toBe(18.1667);
    const line7 = r.invoice.lines[5]!;
    expect([line7.date, line7.hours, line7.project]).toEqual(['2023-03-08', 0.75, '#SolarRetrofit']);
  });

  test('toggl-sample: reordered columns, no end time; 250 rows', async () => {
    const path = file('toggl', 'toggl-sample.csv');
    const tt = await world();
    await tt.ok('client', 'add', 'c1', '--rate', '100', '--currency', 'USD', '--alias', 'Client1');
    const r = await imports(tt, path);
    // The file has no quotes, so a plain split reads it: Duration is the 4th field, HH:MM:SS. Each
    // line carries its hours to 4 decimals and the total is the sum of the lines as shown.
    const lineHours = readFileSync(path, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[3]!.split(':').map(Number)).map(([h, m, sec]) => Math.round((h! + m! / 60 + sec! / 3600) * 10_000) / 10_000);
    expect(r.invoice.lines.map((l) => l.hours)).toEqual(lineHours);
    expect(r.invoice.totals[0]!.hours).toBeCloseTo(lineHours.reduce((a, b) => a + b, 0), 4);
    expect(r.invoice.totals[0]!.net).toBe(0); // no rate or amount in the file: audit prices it at c1's rate
  });
});

describe('corpus: Harvest', () => {
  test('tt-harvest-eu-decimals: European decimals, "Euro - EUR"', async () => {
    const tt = await kestrel();
    const r = await imports(tt, file('harvest', 'tt-harvest-eu-decimals.csv'));
    // Line 3: "0,25" h at "80,0" = "20,0" EUR. Line 2 ("16,5" h, "1.320,0") is non-billable.
    expect(summary(r.invoice)).toEqual([['2025-01-13', 'kestrel', 0.25, 80, 20, 'EUR']]);
    expect(r.leftOut.nonBillable).toEqual([2]);
    // Both rows, line 2 (no client) given to kestrel: 16.5 + 0.25 = 16.75 h, 1320 + 20 = 1340.00 EUR.
    const all = await imports(tt, file('harvest', 'tt-harvest-eu-decimals.csv'), '--include-non-billable', '--client', 'kestrel', '--again');
    expect(all.invoice.totals).toEqual([{ currency: 'EUR', hours: 16.75, net: 1340, tax: 0, gross: 1340 }]);
    expect(all.invoice.number).toBe('2026-A002');
  });

  test('harvest-sample: the 8-column import layout, 250 rows', async () => {
    const path = file('harvest', 'harvest-sample.csv');
    const tt = await world();
    await tt.ok('client', 'add', 'ccjpa', '--rate', '100', '--currency', 'USD', '--alias', 'CCJPA');
    const r = await imports(tt, path);
    const hours = readFileSync(path, 'utf8').trim().split('\n').slice(1).reduce((s, l) => s + Number(l.split(',')[5]), 0);
    expect(r.invoice.lines).toHaveLength(250);
    expect(r.invoice.totals[0]!.hours).toBeCloseTo(hours, 4);
    expect(r.invoice.lines[0]).toMatchObject({ date: '2023-01-02', client: 'ccjpa', project: 'WT3-01 - Project3', hours: 2.97 });
  });

  test('the clients and projects exports are not time reports: refused at line 1', async () => {
    const tt = await world();
    expect(await refused(tt, file('harvest', 'tt-harvest-clients.csv'))).toContain('tt-harvest-clients.csv: line 1: the header is not one of');
    expect(await refused(tt, file('harvest', 'tt-harvest-projects.csv'))).toContain('tt-harvest-projects.csv: line 1: the header is not one of');
    expect(await refused(tt, file('harvest', 'tt-harvest-projects.csv'), '--format', 'harvest')).toContain('tt-harvest-projects.csv: line 1: a Harvest time report needs a column "Date"; nothing was recorded');
  });
});

describe('corpus: Clockify', () => {
  const ambiguous = (col: number) => `line 2, column ${col} "Start Date": cannot tell whether "02/05/2025" is MM/DD or DD/MM`;

  test('tt-clockify-us-dates: 02/05/2025 is refused until --date-order says which', async () => {
    const tt = await kestrel();
    const path = file('clockify', 'tt-clockify-us-dates.csv');
    expect(await refused(tt, path)).toContain(`tt-clockify-us-dates.csv: ${ambiguous(10)}`);
    const r = await imports(tt, path, '--date-order', 'mdy');
    // Line 3: "Duration (h)" 02:15:09 -> 2.2525 h (the "Duration (decimal)" 0.00 disagrees; (h) wins);
    // rate 0.00 means no rate: unpriced, USD from the header. Line 2 is non-billable.
    expect(summary(r.invoice)).toEqual([['2025-02-05', 'kestrel', 2.2525, null, null, 'USD']]);
    const dmy = await imports(tt, path, '--date-order', 'dmy', '--again');
    expect(dmy.invoice.lines[0]!.date).toBe('2025-05-02');
  });

  test('tt-clockify-eur-invoiced: 11/21/2024 decides MM/DD; Billable Rate (EUR)', async () => {
    const tt = await harbour();
    const r = await imports(tt, file('clockify', 'tt-clockify-eur-invoiced.csv'));
    // 09:15:00 AM to 10:00:00 AM = 0.75 h at 120 EUR = 90 EUR.
    expect(summary(r.invoice)).toEqual([['2024-11-21', 'harbour', 0.75, 120, 90, 'EUR']]);
    expect(r.invoice.totals).toEqual([{ currency: 'EUR', hours: 0.75, net: 90, tax: 0, gross: 90 }]);
  });

  test('tt-clockify-impossible-date: 13/21/2024 is refused, with --skip-bad too', async () => {
    const tt = await harbour();
    const path = file('clockify', 'tt-clockify-impossible-date.csv');
    const msg = await refused(tt, path);
    expect(msg).toContain('tt-clockify-impossible-date.csv: line 2, column 13 "Start Date": "13/21/2024" is not a date; nothing was recorded');
    expect(await refused(tt, path, '--skip-bad')).toContain('no billable rows to record; 1 rows were skipped (');
  });

  test('tt-clockify-no-billable and tt-clockify-activity (Activity for Task)', async () => {
    const tt = await kestrel();
    const p4 = file('clockify', 'tt-clockify-no-billable.csv');
    expect(await refused(tt, p4)).toContain(ambiguous(9));
    const r4 = await imports(tt, p4, '--date-order', 'dmy');
    // No Billable column: both rows count; line 2 lasts 00:00:00 and is left out; line 3 is 2.2525 h.
    expect(summary(r4.invoice)).toEqual([['2025-05-02', 'kestrel', 2.2525, null, null, 'USD']]);
    expect(r4.leftOut).toEqual({ nonBillable: [], empty: [2] });
    const p5 = file('clockify', 'tt-clockify-activity.csv');
    expect(await tt('invoice', 'import', p5)).toMatchObject({ code: 2 });
    const r5 = await imports(tt, p5, '--date-order', 'mdy');
    expect(r5.invoice.lines[0]!.description).toBe('Sprint 4: Route planner screen');
  });

  test('tt-clockify-no-client: no Client column, so --client names it', async () => {
    const tt = await kestrel();
    const path = file('clockify', 'tt-clockify-no-client.csv');
    expect(await refused(tt, path, '--date-order', 'mdy')).toContain('tt-clockify-no-client.csv: line 3, column Client: names no client');
    const r = await imports(tt, path, '--date-order', 'mdy', '--client', 'kestrel');
    expect(summary(r.invoice)).toEqual([['2025-02-05', 'kestrel', 2.2525, null, null, 'USD']]);
  });

  test('tt-clockify-ragged-row: the data row lacks the last column', async () => {
    const tt = await kestrel();
    const path = file('clockify', 'tt-clockify-ragged-row.csv');
    expect(await refused(tt, path)).toContain(ambiguous(9));
    expect(await refused(tt, path, '--date-order', 'mdy')).toContain('tt-clockify-ragged-row.csv: line 2: has 12 fields, the header has 13; column 13 "Client" onward is missing');
  });
});

describe('corpus coverage', () => {
  test('every export file of the three tools has a case above', () => {
    const covered = readFileSync(new URL(import.meta.url), 'utf8');
    for (const dir of ['toggl', 'harvest', 'clockify']) {
      for (const name of readdirSync(join(corpusFile('exports'), dir))) expect(covered, `${dir}/${name} has no test`).toContain(name.replace(/\.csv$/, ''));
    }
  });
});
