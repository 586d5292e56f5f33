// Every Toggl, Harvest and Clockify export in ../shared/corpus imports, or is refused with a message
// naming the file and the line. Totals of the small files are worked out by hand in the comments;
// the two 250-row files are checked against a plain split of their (quote-free) lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Invoice } from '../../src/invoices/model.ts';
import { CORPUS, HAS_CORPUS, world, type Tt } from './run.ts';

if (!HAS_CORPUS) console.warn(`test/invoice/corpus.test.ts: the corpus ${CORPUS} is missing; the corpus import tests are skipped`);

const file = (dir: string, name: string): string => join(CORPUS, dir, name);

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

async function bigCompany(): Promise<Tt> {
  const tt = await world();
  await tt.ok('client', 'add', 'bigco', '--rate', '80', '--currency', 'USD', '--alias', 'Big Company');
  return tt;
}

const summary = (inv: Invoice) => inv.lines.map((l) => [l.date, l.client, l.hours, l.rate, l.amount, l.currency]);

describe.skipIf(!HAS_CORPUS)('corpus: Toggl', () => {
  test('toggl_time_entries_import_test_1: BOM, Amount (EUR), a zero-length non-billable row', async () => {
    const tt = await bigCompany();
    const r = await imports(tt, file('toggl', 'toggl_time_entries_import_test_1.csv'));
    // Line 3: 10:23:00 to 11:23:01, duration 01:00:01 = 1 h 1 s = 1.000278 h -> 1.0003 h; Amount 111.11 EUR,
    // so the rate is 111.11 / 1.0003 = 111.0767 (EUR from the header, over bigco's USD).
    expect(summary(r.invoice)).toEqual([['2024-03-04', 'bigco', 1.0003, 111.0767, 111.11, 'EUR']]);
    expect(r.invoice.totals).toEqual([{ currency: 'EUR', hours: 1.0003, net: 111.11, tax: 0, gross: 111.11 }]);
    expect(r.leftOut.nonBillable).toEqual([2]);
    expect(r.invoice.source).toBe('toggl');
  });

  test('toggl_time_entries_import_test_2: every field quoted; its one row is non-billable', async () => {
    const tt = await world();
    await tt.ok('client', 'add', 'real', '--alias', 'Real World Client', '--currency', 'EUR');
    const msg = await refused(tt, file('toggl', 'toggl_time_entries_import_test_2.csv'));
    expect(msg).toContain('toggl_time_entries_import_test_2.csv: no billable rows to record; 1 rows are marked non-billable (lines 2)');
    // 12:02:17 to 12:02:19: 2 s = 0.000556 h -> 0.0006 h; the description with quotes and emoji survives.
    const r = await imports(tt, file('toggl', 'toggl_time_entries_import_test_2.csv'), '--include-non-billable');
    expect(summary(r.invoice)).toEqual([['2024-10-15', 'real', 0.0006, null, null, 'EUR']]);
    expect(r.invoice.lines[0]!.description).toContain('A giant task: \\\\ 🔥 Special characters  """`!@#$%^&*()');
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

  test('test_time_tracking_toggl: 12-hour times and "02:00:00 AM" durations', async () => {
    const tt = await world();
    await tt.ok('client', 'add', 'sam', '--rate', '50', '--currency', 'EUR', '--alias', 'Sam Lowry');
    const msg = await refused(tt, file('toggl', 'test_time_tracking_toggl.csv'));
    expect(msg).toContain('29 rows are marked non-billable (lines 2, 3, 4,');
    const r = await imports(tt, file('toggl', 'test_time_tracking_toggl.csv'), '--include-non-billable');
    // Durations in minutes, line 2 to 30: 120 60 90 60 165 210 125 60 150 75 20 30 75 15 85 60 150 75 45 120
    // 120 60 120 75 105 60 15 120 75 = 2540 min = 42.3333 h ("12:20:00 AM" on line 12 is 20 min).
    expect(r.invoice.lines).toHaveLength(29);
    expect(r.invoice.totals[0]!.hours).toBe(42.3333);
    const line12 = r.invoice.lines[10]!;
    expect([line12.date, line12.hours, line12.project]).toEqual(['2022-01-19', 0.3333, '#HeatingRepair']);
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

describe.skipIf(!HAS_CORPUS)('corpus: Harvest', () => {
  test('harvest_time_entries_import_test_1: European decimals, "Euro - EUR"', async () => {
    const tt = await bigCompany();
    const r = await imports(tt, file('harvest', 'harvest_time_entries_import_test_1.csv'));
    // Line 3: "0,01" h at "100,0" = "1,0" EUR. Line 2 ("20,0" h, "2.000,0") is non-billable.
    expect(summary(r.invoice)).toEqual([['2024-03-04', 'bigco', 0.01, 100, 1, 'EUR']]);
    expect(r.leftOut.nonBillable).toEqual([2]);
    // Both rows, line 2 (no client) given to bigco: 20 + 0.01 = 20.01 h, 2000 + 1 = 2001.00 EUR.
    const all = await imports(tt, file('harvest', 'harvest_time_entries_import_test_1.csv'), '--include-non-billable', '--client', 'bigco', '--again');
    expect(all.invoice.totals).toEqual([{ currency: 'EUR', hours: 20.01, net: 2001, tax: 0, gross: 2001 }]);
    expect(all.invoice.number).toBe('2026-002');
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
    expect(await refused(tt, file('harvest', 'harvest_clients_import_test_1.csv'))).toContain('harvest_clients_import_test_1.csv: line 1: the header is not one of');
    expect(await refused(tt, file('harvest', 'harvest_projects_import_test_1.csv'))).toContain('harvest_projects_import_test_1.csv: line 1: the header is not one of');
    expect(await refused(tt, file('harvest', 'harvest_projects_import_test_1.csv'), '--format', 'harvest')).toContain('harvest_projects_import_test_1.csv: line 1: a Harvest time report needs a column "Date"; nothing was recorded');
  });
});

describe.skipIf(!HAS_CORPUS)('corpus: Clockify', () => {
  const ambiguous = (col: number) => `line 2, column ${col} "Start Date": cannot tell whether "03/04/2024" is MM/DD or DD/MM`;

  test('test_1: 03/04/2024 is refused until --date-order says which', async () => {
    const tt = await bigCompany();
    const path = file('clockify', 'clockify_time_entries_import_test_1.csv');
    expect(await refused(tt, path)).toContain(`clockify_time_entries_import_test_1.csv: ${ambiguous(10)}`);
    const r = await imports(tt, path, '--date-order', 'mdy');
    // Line 3: "Duration (h)" 01:00:01 -> 1.0003 h (the "Duration (decimal)" 0.00 disagrees; (h) wins);
    // rate 0.00 means no rate: unpriced, USD from the header. Line 2 is non-billable.
    expect(summary(r.invoice)).toEqual([['2024-03-04', 'bigco', 1.0003, null, null, 'USD']]);
    const dmy = await imports(tt, path, '--date-order', 'dmy', '--again');
    expect(dmy.invoice.lines[0]!.date).toBe('2024-04-03');
  });

  test('test_2: 10/15/2024 decides MM/DD; Billable Rate (EUR)', async () => {
    const tt = await world();
    await tt.ok('client', 'add', 'real', '--alias', 'Real World Client', '--currency', 'EUR');
    const r = await imports(tt, file('clockify', 'clockify_time_entries_import_test_2.csv'));
    // 11:00 AM to 11:30 AM = 0.5 h at 1000 EUR = 500 EUR.
    expect(summary(r.invoice)).toEqual([['2024-10-15', 'real', 0.5, 1000, 500, 'EUR']]);
    expect(r.invoice.totals).toEqual([{ currency: 'EUR', hours: 0.5, net: 500, tax: 0, gross: 500 }]);
  });

  test('test_3: the impossible 13/15/2024 is refused, with --skip-bad too', async () => {
    const tt = await world();
    await tt.ok('client', 'add', 'real', '--alias', 'Real World Client', '--currency', 'EUR');
    const path = file('clockify', 'clockify_time_entries_import_test_3.csv');
    const msg = await refused(tt, path);
    expect(msg).toContain('clockify_time_entries_import_test_3.csv: line 2, column 13 "Start Date": "13/15/2024" is not a date; nothing was recorded');
    expect(await refused(tt, path, '--skip-bad')).toContain('no billable rows to record; 1 rows were skipped (');
  });

  test('test_4 (no Billable column) and test_5 (Activity for Task)', async () => {
    const tt = await bigCompany();
    const p4 = file('clockify', 'clockify_time_entries_import_test_4.csv');
    expect(await refused(tt, p4)).toContain(ambiguous(9));
    const r4 = await imports(tt, p4, '--date-order', 'dmy');
    // No Billable column: both rows count; line 2 lasts 00:00:00 and is left out; line 3 is 1.0003 h.
    expect(summary(r4.invoice)).toEqual([['2024-04-03', 'bigco', 1.0003, null, null, 'USD']]);
    expect(r4.leftOut).toEqual({ nonBillable: [], empty: [2] });
    const p5 = file('clockify', 'clockify_time_entries_import_test_5.csv');
    expect(await tt('invoice', 'import', p5)).toMatchObject({ code: 2 });
    const r5 = await imports(tt, p5, '--date-order', 'mdy');
    expect(r5.invoice.lines[0]!.description).toBe('Task 1: Working hard');
  });

  test('test_6: no Client column, so --client names it', async () => {
    const tt = await bigCompany();
    const path = file('clockify', 'clockify_time_entries_import_test_6.csv');
    expect(await refused(tt, path, '--date-order', 'mdy')).toContain('clockify_time_entries_import_test_6.csv: line 3, column Client: names no client');
    const r = await imports(tt, path, '--date-order', 'mdy', '--client', 'bigco');
    expect(summary(r.invoice)).toEqual([['2024-03-04', 'bigco', 1.0003, null, null, 'USD']]);
  });

  test('test_7: the data row lacks the last column', async () => {
    const tt = await bigCompany();
    const path = file('clockify', 'clockify_time_entries_import_test_7.csv');
    expect(await refused(tt, path)).toContain(ambiguous(9));
    expect(await refused(tt, path, '--date-order', 'mdy')).toContain('clockify_time_entries_import_test_7.csv: line 2: has 12 fields, the header has 13; column 13 "Client" onward is missing');
  });
});

describe.skipIf(!HAS_CORPUS)('corpus coverage', () => {
  test('every export file of the three tools has a case above', () => {
    const covered = readFileSync(new URL(import.meta.url), 'utf8');
    for (const dir of ['toggl', 'harvest', 'clockify']) {
      for (const name of readdirSync(join(CORPUS, dir))) expect(covered, `${dir}/${name} has no test`).toContain(name.replace(/\.csv$/, ''));
    }
  });
});
