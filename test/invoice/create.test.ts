// tt invoice create/list/show over a real data folder: lines and totals a user would check by hand,
// the entries each line bills, a second invoice over them refused (pointing at --unbilled), and
// --unbilled billing only what is left.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Invoice } from '../../src/invoices/model.ts';
import { world, type Tt } from './run.ts';

let tt: Tt;
const WEEK = '2026-11-02..2026-11-08';

beforeAll(async () => {
  tt = await world('2026-12-02T10:00:00Z');
  await tt.ok('client', 'add', 'acme', '--rate', '90', '--currency', 'EUR', '--round', '15m', '--tax', '19%');
  await tt.ok('client', 'set', 'acme', '--rate', '100', '--from', '2026-11-05');
  await tt.ok('client', 'add', 'globex', '--rate', '120', '--currency', 'USD');
  await tt.ok('config', 'set', 'invoice.from', 'Jo Doe\\nMain St 1');
  await tt.ok('config', 'set', 'invoice.footer', 'Pay within 14 days');
  const add = (target: string, from: string, to: string, ...rest: string[]) => tt.ok('add', target, '--from', from, '--to', to, ...rest);
  await add('acme/web', '2026-11-03T09:00:00+01:00', '2026-11-03T10:10:00+01:00', '--note', 'login');
  await add('acme/web', '2026-11-03T14:00:00+01:00', '2026-11-03T14:20:00+01:00', '--note', 'login');
  await add('acme/api', '2026-11-03T11:00:00+01:00', '2026-11-03T11:07:00+01:00');
  await add('acme/web', '2026-11-05T23:30:00+01:00', '2026-11-06T00:40:00+01:00');
  await add('globex', '2026-11-04T09:00:00+01:00', '2026-11-04T12:00:00+01:00');
  await add('acme/web', '2026-11-10T09:00:00+01:00', '2026-11-10T10:00:00+01:00');
});

const create = (...args: string[]) => tt('invoice', 'create', '--client', 'acme', ...args);

describe('tt invoice create', () => {
  test('needs a period and a client', async () => {
    expect((await tt('invoice', 'create', '--client', 'acme')).stderr).toContain('give the period');
    const r = await tt('invoice', 'create', '--client', 'acm', '--last-week');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean "acme"');
  });

  test('--dry-run shows the invoice and records nothing, not even the series it would take', async () => {
    const r = await create('--period', WEEK, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Invoice 2026-A001');
    expect(r.stderr).toContain('Would record invoice 2026-A001');
    expect(JSON.parse((await tt.ok('invoice', 'list', '--json')).stdout).invoices).toEqual([]);
    expect(existsSync(join(tt.ctx.env.TT_HOME!, 'series'))).toBe(false);
  });

  test('bills the week: lines per project and day, rounded, priced by day, taxed', async () => {
    const inv = JSON.parse((await create('--period', WEEK, '--json')).stdout) as Invoice;
    expect(inv.number).toBe('2026-A001');
    expect(inv.series).toBe('A');
    expect(readFileSync(join(tt.ctx.env.TT_HOME!, 'series'), 'utf8')).toBe('A\n');
    expect(inv.source).toBe('tt');
    // Due: the issue day plus invoice.terms (14 days unless set).
    expect([inv.from, inv.to, inv.issued, inv.createdAt, inv.due]).toEqual(['2026-11-02', '2026-11-08', '2026-12-02', '2026-12-02T10:00:00Z', '2026-12-16']);
    expect(inv.lines.map((l) => `${l.date} ${l.project} ${l.hours} h × ${l.rate} = ${l.amount} ${l.currency}`)).toEqual([
      '2026-11-03 api 0.25 h × 90 = 22.5 EUR', // 7 min -> 15 min
      '2026-11-03 web 1.5 h × 90 = 135 EUR', // 70 + 20 min
      '2026-11-05 web 1.25 h × 100 = 125 EUR', // 70 min -> 75 min, the rate from 11-05
    ]);
    // net 282.50, tax 19 % 53.675 -> 53.68, gross 336.18
    expect(inv.totals).toEqual([{ currency: 'EUR', hours: 3, net: 282.5, tax: 53.68, gross: 336.18 }]);
    expect(inv.entries).toHaveLength(4);
    // Each line names the entries it bills and how many of their hours: 70 + 20 min of web on the 3rd.
    expect(inv.lines[1]!.covers!.map((c) => c.hours)).toEqual([1.1667, 0.3333]);
    expect(inv.lines[1]!.covers!.map((c) => c.note)).toEqual(['login', 'login']);
    expect(inv.sender).toBe('Jo Doe\\nMain St 1');
    const log = (await tt.ok('log', '--since', '2026-11-02', '--until', '2026-11-10')).stdout;
    expect(log.match(/\[invoiced 2026-A001\]/g)).toHaveLength(4);
    const json = JSON.parse((await tt.ok('log', '--since', '2026-11-02', '--until', '2026-11-08', '--json')).stdout) as { entries: { invoice: string | null }[] };
    expect(json.entries.map((e) => e.invoice)).toEqual([inv.id, inv.id, inv.id, null, inv.id]);
    expect(log).toMatch(/09:00–10:00\s+1:00\s+acme\/web\n/); // 11-10 is outside the week
  });

  test('a second invoice over the same entries is refused, pointing at --unbilled; --again is gone', async () => {
    const r = await create('--period', WEEK);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('4 of 4 entries of acme from 2026-11-02 to 2026-11-08 are on invoice 2026-A001 already');
    expect(r.stderr).toContain('--unbilled');
    expect((await create('--period', WEEK, '--again')).code).toBe(2);
    // Nothing is left to bill in that week: said, exit 0, nothing recorded.
    const none = await create('--period', WEEK, '--unbilled');
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('Nothing to bill for acme from 2026-11-02 to 2026-11-08: everything is billed on invoice 2026-A001');
    const list = JSON.parse((await tt.ok('invoice', 'list', '--json')).stdout);
    expect(list.invoices.map((i: { number: string; entriesMarked: number }) => [i.number, i.entriesMarked])).toEqual([['2026-A001', 4]]);
  });

  test('--unbilled --last-month bills only what is left, as a supplement, to the file named by --out', async () => {
    const out = join(tt.ctx.cwd, 'nov.csv');
    const r = await create('--last-month', '--unbilled', '--out', out);
    // What is left of November is 2026-11-10 web: 60 min × 100 = 100.00; tax 19.00, gross 119.00.
    expect(r.stdout).toBe(`Recorded invoice 2026-A002 for acme, 2026-11-01..2026-11-30: 1 line, 1.00 h, €119.00 (tax €19.00) -> ${out}.\n`);
    const md = (await tt.ok('invoice', 'show', '2026-A002')).stdout;
    expect(md).toContain('**Supplement to invoice 2026-A001 of 2026-12-02**');
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toBe('date,client,project,hours,rate,currency,description,amount');
    expect(csv).toContain('2026-11-10,acme,web,1,100,EUR,web,100\n'); // no note: the project describes the line
    expect(csv.split('\n')).toHaveLength(3);
  });

  test('a day without a rate is refused, naming the day', async () => {
    await tt.ok('client', 'add', 'norate', '--currency', 'EUR');
    await tt.ok('add', 'norate', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:00:00+01:00');
    const r = await tt('invoice', 'create', '--client', 'norate', '--period', WEEK);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('norate has no rate on 2026-11-03');
  });

  test('tt invoice show renders a recorded invoice again', async () => {
    const md = (await tt.ok('invoice', 'show', '2026-A001')).stdout;
    expect(md).toContain('# Invoice 2026-A001');
    expect(md).toContain('due 2026-12-16');
    expect(md).toContain('Jo Doe  \nMain St 1  \n');
    expect(md).toContain('| 2026-11-05 | web | 1.25 | €100.00 | €125.00 |');
    expect(md).toContain('Pay within 14 days');
    expect(JSON.parse((await tt.ok('invoice', 'show', '--json')).stdout).number).toBe('2026-A002');
    expect((await tt('invoice', 'show', 'nope')).stderr).toContain('no invoice has the number or id "nope"');
    const typo = await tt('invoice', 'show', '2026-A01');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean 2026-A001?');
  });
});
