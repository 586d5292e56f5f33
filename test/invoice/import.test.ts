// tt invoice import on files written here: tt's own CSV (and the round trip from `invoice create`),
// a bad row stopping the import with nothing recorded, --skip-bad, periods, aliases, currencies.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Invoice } from '../../src/invoices/model.ts';
import { world, type Tt } from './run.ts';

function csv(tt: Tt, name: string, text: string): string {
  const path = join(tt.ctx.cwd, name);
  writeFileSync(path, text);
  return path;
}

async function setup(): Promise<Tt> {
  const tt = await world();
  await tt.ok('client', 'add', 'acme', '--rate', '90', '--currency', 'EUR', '--alias', 'ACME Corp');
  await tt.ok('client', 'add', 'globex', '--rate', '120', '--currency', 'USD');
  return tt;
}

const invoices = async (tt: Tt): Promise<Invoice[]> => {
  const list = JSON.parse((await tt.ok('invoice', 'list', '--json')).stdout) as { invoices: { number: string }[] };
  return Promise.all(list.invoices.map(async (i) => JSON.parse((await tt.ok('invoice', 'show', i.number, '--json')).stdout) as Invoice));
};

const TT_CSV = `date,client,project,hours,rate,currency,description
2026-11-02,acme,web,2.5,90,EUR,"Login, and ""SSO"""
2026-11-03,ACME Corp,,1.25,,,
2026-11-03,globex,api,3,120,USD,Review
`;

describe('tt invoice import', () => {
  test("tt's own CSV: aliases, empty rate and currency take the client's, totals per currency", async () => {
    const tt = await setup();
    const r = await tt.ok('invoice', 'import', csv(tt, 'inv.csv', TT_CSV), '--number', 'ACME-17');
    // EUR: 2.5 × 90 = 225 and 1.25 h, no rate in the file = unpriced: 3.75 h, 225.00. USD: 3 × 120 = 360.
    expect(r.stdout).toBe('Recorded invoice ACME-17 for acme, globex, no period: 3 lines, 3.75 h, €225.00; 3.00 h, $360.00 from inv.csv (tt, lines 2026-11-02..2026-11-03).\nNo unbilled tracked entry of its clients on its days: nothing was marked.\nNo period given: `tt audit` will assume the whole weeks its lines touch (--period records one).\n');
    const [inv] = await invoices(tt);
    expect(inv!.source).toBe('csv');
    expect(inv!.lines.map((l) => [l.client, l.project, l.hours, l.rate, l.currency, l.amount, l.description])).toEqual([
      ['acme', 'web', 2.5, 90, 'EUR', 225, 'Login, and "SSO"'],
      ['acme', null, 1.25, null, 'EUR', null, ''],
      ['globex', 'api', 3, 120, 'USD', 360, 'Review'],
    ]);
    const again = await tt('invoice', 'import', join(tt.ctx.cwd, 'inv.csv'));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('inv.csv was imported already, as invoice ACME-17');
  });

  test('a bad cell stops the import naming file, line and column; nothing is recorded', async () => {
    const tt = await setup();
    const path = csv(tt, 'bad.csv', `${TT_CSV}2026-11-04,acme,web,two,90,EUR,x\n2026-11-05,acme,web,1,90,EUR,"multi\nline"\n2026-11-06,initech,web,1,90,EUR,x\n`);
    const r = await tt('invoice', 'import', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tt: ${path}: line 5, column 4 "hours": "two" is not a number (this file uses "." as decimal mark); nothing was recorded\n  Fix that row, or give --skip-bad to record the rest and list what was left out.\n`);
    expect(await invoices(tt)).toEqual([]);
    const s = await tt.ok('invoice', 'import', path, '--skip-bad');
    // The multi-line description starts on line 6; initech (line 8) is no client: both problems listed.
    // Lines 2, 3, 4 and 6 recorded: EUR 2.5 + 1.25 + 1 = 4.75 h, 225 + 90 = 315.00.
    expect(s.stdout).toContain('4 lines, 4.75 h, €315.00; 3.00 h, $360.00');
    expect(s.stdout).toContain(`Skipped 2 bad rows:\n  ${path}: line 5, column 4 "hours": "two" is not a number (this file uses "." as decimal mark)\n  ${path}: line 8, column client: "initech" is not a client of tt\n`);
  });

  test('--period: lines without dates are allowed, dated lines must fall inside', async () => {
    const tt = await setup();
    const path = csv(tt, 'nodates.csv', 'date,client,project,hours,rate,currency,description\n,acme,web,4,90,EUR,Week\n');
    const r = await tt('invoice', 'import', path);
    expect(r.stderr).toContain('nodates.csv: line 2, column date: has no date');
    expect(r.stderr).toContain('--period');
    const ok = JSON.parse((await tt.ok('invoice', 'import', path, '--period', '2026-11-02..2026-11-08', '--json')).stdout);
    expect([ok.invoice.from, ok.invoice.to, ok.invoice.lines[0].date]).toEqual(['2026-11-02', '2026-11-08', null]);
    const out = csv(tt, 'out.csv', TT_CSV);
    expect((await tt('invoice', 'import', out, '--period', '2026-11-03..2026-11-08')).stderr).toContain('line 2, column date: 2026-11-02 is outside --period 2026-11-03..2026-11-08');
  });

  test('an unknown client is refused with the alias to add', async () => {
    const tt = await setup();
    const r = await tt('invoice', 'import', csv(tt, 'x.csv', 'date,client,project,hours,rate,currency,description\n2026-11-02,acmee,web,1,90,EUR,x\n'));
    expect(r.stderr).toContain('line 2, column client: "acmee" is not a client of tt');
    expect(r.stderr).toContain('tt client set acme --alias "acmee"');
  });

  test("one client's lines in two currencies are refused", async () => {
    const tt = await setup();
    const r = await tt('invoice', 'import', csv(tt, 'm.csv', 'date,client,project,hours,rate,currency,description\n2026-11-02,acme,,1,90,EUR,\n2026-11-03,acme,,1,90,USD,\n'));
    expect(r.stderr).toContain('the lines of acme are in EUR and USD');
  });

  test('a Harvest report with DD.MM.YYYY dates and a Clockify report mixing MM/DD and DD/MM', async () => {
    const tt = await setup();
    const harvest = csv(tt, 'h.csv', 'Date,Client,Project,Notes,Hours,Billable?,Billable Rate,Currency\n26.01.2026,acme,web,x,"7,5",Ja,"90,0",Euro - EUR\n27.01.2026,acme,web,y,"1.000,25",Nein,"90,0",Euro - EUR\n');
    const h = JSON.parse((await tt.ok('invoice', 'import', harvest, '--json')).stdout);
    // Line 2: 7.5 h × 90 = 675.00 EUR; line 3 is "Nein": left out.
    expect(h.invoice.lines.map((l: Invoice['lines'][0]) => [l.date, l.hours, l.amount])).toEqual([['2026-01-26', 7.5, 675]]);
    expect(h.leftOut.nonBillable).toEqual([3]);
    const clockify = csv(tt, 'c.csv', '"Project","Client","Start Date","Start Time","End Date","End Time","Duration (h)"\n"p","acme","10/15/2026","9:00 AM","10/15/2026","10:00 AM","01:00:00"\n"p","acme","25/10/2026","9:00 AM","25/10/2026","10:00 AM","01:00:00"\n');
    expect((await tt('invoice', 'import', clockify)).stderr).toContain('c.csv: line 3, column 3 "Start Date": "25/10/2026" reads only one way, but line 2 "10/15/2026" only the other');
  });
});

describe('round trip', () => {
  test('an invoice written as CSV by `tt invoice create` imports with the same lines and totals', async () => {
    const tt = await setup();
    await tt.ok('add', 'acme/web', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:20:00+01:00', '--note', 'a, "b"');
    await tt.ok('add', 'acme', '--from', '2026-11-04T09:00:00+01:00', '--to', '2026-11-04T09:10:00+01:00');
    const made = JSON.parse((await tt.ok('invoice', 'create', '--client', 'acme', '--last-month', '--out', join(tt.ctx.cwd, 'made.csv'), '--json')).stdout) as Invoice;
    const back = JSON.parse((await tt.ok('invoice', 'import', join(tt.ctx.cwd, 'made.csv'), '--period', '2026-11-01..2026-11-30', '--json')).stdout).invoice as Invoice;
    const strip = (i: Invoice) => i.lines.map((l) => ({ ...l, trackedHours: null, covers: undefined }));
    expect(strip(back)).toEqual(strip(made));
    // The entries are on the invoice it was made from: the import links none of them twice.
    expect(back.lines.map((l) => l.covers)).toEqual([[], []]);
    expect(back.totals).toEqual(made.totals);
    // 80 min = 1.3333 h × 90 = 120.00; 10 min = 0.1667 h × 90 = 15.00
    expect(made.totals).toEqual([{ currency: 'EUR', hours: 1.5, net: 135, tax: 0, gross: 135 }]);
  });
});
