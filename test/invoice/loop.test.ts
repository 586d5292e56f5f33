// The money loop end to end on real files, in a world of our own: two clients in two currencies,
// a rate change in the middle of the period, a day billed in part, untracked commits in a real git
// repo. audit -> review -> --unbilled -> audit exit 0; report money that a later rate change does
// not touch; void after sending (a cancellation document) and re-issue with the payment carried
// over; a payment recorded in each of two data folders, both kept once the records meet.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Invoice } from '../../src/invoices/model.ts';
import { main } from '../../src/cli.ts';
import { testCtx } from '../helpers/ctx.ts';
import { commitAt, makeRepo } from '../helpers/git.ts';
import { world, type Tt } from './run.ts';

let tt: Tt;
const WEEK = '2026-11-02..2026-11-08';
const json = async <T = Record<string, unknown>>(...args: string[]): Promise<T> => JSON.parse((await tt.ok(...args, '--json')).stdout) as T;
const idOf = async (day: string, from: string): Promise<string> => {
  const log = await json<{ entries: { id: string; start: string }[] }>('log', '--since', day, '--until', day);
  return log.entries.find((e) => e.start === from)!.id;
};

beforeAll(async () => {
  tt = await world('2026-12-02T10:00:00Z');
  const repo = makeRepo('acme-web');
  // Friday the 6th: two commits, never tracked. A session from 12:30 (30 min lead-in) to 14:30.
  commitAt(repo, 'fix login', '2026-11-06T13:00:00+01:00');
  commitAt(repo, 'release', '2026-11-06T14:30:00+01:00');
  await tt.ok('config', 'set', 'me.emails', 'me@example.com');
  await tt.ok('client', 'add', 'acme', '--rate', '100', '--currency', 'EUR', '--round', '15m', '--tax', '19%', '--repo', repo);
  await tt.ok('client', 'set', 'acme', '--rate', '120', '--from', '2026-11-05');
  await tt.ok('client', 'add', 'globex', '--rate', '80', '--currency', 'USD', '--round', '6m');
  await tt.ok('add', 'acme/web', '+dev', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T11:10:00+01:00', '--note', 'login page');
  await tt.ok('add', 'acme/web', '+meetings', '--from', '2026-11-05T09:00:00+01:00', '--to', '2026-11-05T10:00:00+01:00');
  await tt.ok('add', 'globex', '--from', '2026-11-04T14:00:00+01:00', '--to', '2026-11-04T16:00:00+01:00');
});

describe('the money loop', () => {
  test('invoice 1 bills the week at each day\'s rate: 2.25 h at 100 and 1 h at 120', async () => {
    const inv = await json<Invoice>('invoice', 'create', '--client', 'acme', '--period', WEEK);
    expect(inv.number).toBe('2026-A001');
    expect(inv.lines.map((l) => [l.date, l.hours, l.rate, l.amount])).toEqual([
      ['2026-11-03', 2.25, 100, 225],
      ['2026-11-05', 1, 120, 120],
    ]);
    // net 345, tax 19 % 65.55, gross 410.55
    expect(inv.totals).toEqual([{ currency: 'EUR', hours: 3.25, net: 345, tax: 65.55, gross: 410.55 }]);
  });

  test('the audit finds the rest: 20 min more on a billed day (tracked), and Friday\'s commits (untracked)', async () => {
    // 20 minutes more on Thursday, after the invoice: the day is now billed in part.
    await tt.ok('add', 'acme/web', '--from', '2026-11-05T10:00:00+01:00', '--to', '2026-11-05T10:20:00+01:00', '--note', 'follow-up');
    const r = await tt('audit', '--json');
    expect(r.code).toBe(1);
    const a = JSON.parse(r.stdout);
    const acme = a.clients[0];
    // Thursday: 1:20 rounds to 1.5 h, less the 1 h billed = 0.5 h at 120 = 60. Friday: 2 h at 120 = 240.
    expect(acme).toMatchObject({ client: 'acme', invoices: ['2026-A001'], trackedNotInvoicedHours: 0.5, trackedNotInvoicedAmount: 60, untrackedHours: 2, untrackedAmount: 240, unbilledAmount: 300, flagged: true });
    expect(acme.trackedNotInvoiced[0].entries.map((e: { note: string }) => e.note)).toEqual(['follow-up']);
    expect(a.next).toEqual(['tt review --since 2026-11-06 --until 2026-11-06', `tt invoice create --client acme --unbilled --period ${WEEK}`]);
    const text = (await tt('audit')).stdout;
    expect(text).toContain('  tracked, not invoiced 30 min on 2026-11-05 (1 entry): €60.00');
    expect(text).toContain('  untracked 2.0 h on 2026-11-06 (2 commits): €240.00');
    // globex has no invoice: plain audit leaves it out; it is audited with --period.
    expect(a.clients.map((c: { client: string }) => c.client)).toEqual(['acme']);
  });

  test('review, then --unbilled bills exactly what the audit found, and the audit comes out clean', async () => {
    await tt.ok('review', '--since', '2026-11-06', '--until', '2026-11-06', '--accept-all', '--yes');
    const inv = await json<Invoice>('invoice', 'create', '--client', 'acme', '--unbilled', '--period', WEEK);
    expect(inv.number).toBe('2026-A002');
    expect(inv.lines.map((l) => [l.date, l.hours, l.rate, l.amount])).toEqual([
      ['2026-11-05', 0.5, 120, 60],
      ['2026-11-06', 2, 120, 240],
    ]);
    expect(inv.supplements.map((s) => s.number)).toEqual(['2026-A001']);
    const r = await tt('audit', '--json');
    expect(r.code).toBe(0);
    const acme = JSON.parse(r.stdout).clients[0];
    // Invoiced 5.75 h against 5.5 h of evidence: the 0.25 h more is rounding up, not overbilling.
    expect(acme).toMatchObject({ invoices: ['2026-A001', '2026-A002'], invoicedHours: 5.75, evidenceHours: 5.5, unbilledHours: 0, roundingHours: 0.25, invoicedWithoutEvidenceHours: 0, flagged: false });
  });

  test('two currencies: globex billed in USD, audited with acme over the period, each in its own', async () => {
    await tt.ok('invoice', 'create', '--client', 'globex', '--period', WEEK);
    const r = await tt('audit', '--period', WEEK, '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.clients.map((c: { client: string; currency: string; invoicedHours: number }) => [c.client, c.currency, c.invoicedHours])).toEqual([
      ['acme', 'EUR', 5.75],
      ['globex', 'USD', 2],
    ]);
  });

  test('report money is read from the invoices: a later rate change does not touch it', async () => {
    const money = async () => (await json<{ totals: { money: unknown[] } }>('report', '--since', '2026-11-02', '--until', '2026-11-08', '--rounded', '--format', 'json')).totals.money;
    const before = await money();
    expect(before).toEqual([
      // acme: 345 + 300 = 645 net, tax 65.55 + 57.00, nothing paid yet.
      { currency: 'EUR', amount: 645, invoiced: 645, notInvoiced: 0, net: 645, tax: 122.55, gross: 767.55, paid: 0, open: 767.55 },
      // globex: 2 h × 80
      { currency: 'USD', amount: 160, invoiced: 160, notInvoiced: 0, net: 160, tax: 0, gross: 160, paid: 0, open: 160 },
    ]);
    // Nothing of acme is left un-invoiced, so no --from or --yes is needed.
    await tt.ok('client', 'set', 'acme', '--rate', '92');
    expect(await money()).toEqual(before);
    // By tag, a line's money is split by its tags' share of its hours: Tuesday's 225 is all dev.
    const byTag = await json<{ groups: { key: string | null; money: { net: number }[] }[] }>('report', '--since', '2026-11-02', '--until', '2026-11-08', '--rounded', '--by', 'tag');
    expect(byTag.groups.find((g) => g.key === 'dev')!.money[0]!.net).toBe(225);
  });

  test('void after sending issues a cancellation document; --reissue bills the corrected entries and carries the payment', async () => {
    await tt.ok('invoice', 'sent', '2026-A001', '--on', '2026-11-10');
    await tt.ok('invoice', 'paid', '2026-A001', '--on', '2026-11-20', '--amount', '100');
    // The Tuesday entry was 30 minutes too long: changing it is refused while an invoice bills it...
    const id = await idOf('2026-11-03', '2026-11-03T08:00:00Z');
    const refused = await tt('edit', id, '--to', '10:40');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is on invoice 2026-A001');
    // ...and made with --force, which notes it on the invoice.
    await tt.ok('edit', id, '--to', '10:40', '--force');
    const noted = (await json<{ invoices: { number: string; notes: { text: string }[] }[] }>('invoice', 'list')).invoices.find((i) => i.number === '2026-A001')!;
    expect(noted.notes[0]!.text).toContain('no longer matches its entries');
    const done = await json<{ cancellation: Invoice; reissue: Invoice }>('invoice', 'void', '2026-A001', '--reissue', '--reason', 'Tuesday was shorter');
    expect(done.cancellation).toMatchObject({ number: '2026-A004', kind: 'cancellation', cancels: { number: '2026-A001', issued: '2026-12-02' } });
    expect(done.cancellation.totals).toEqual([{ currency: 'EUR', hours: -3.25, net: -345, tax: -65.55, gross: -410.55 }]);
    expect((await tt.ok('invoice', 'show', '2026-A004')).stdout).toContain('# Cancellation of invoice 2026-A001 of 2026-12-02');
    // Tuesday: 1:40 -> 1.75 h at 92 (the base rate now) = 161; Thursday's first hour at 120 = 120.
    expect(done.reissue.number).toBe('2026-A005');
    expect(done.reissue.lines.map((l) => [l.date, l.hours, l.amount])).toEqual([
      ['2026-11-03', 1.75, 161],
      ['2026-11-05', 1, 120],
    ]);
    const list = (await json<{ invoices: { number: string; status: string; balances: { paid: number; open: number }[] }[] }>('invoice', 'list')).invoices;
    const of = (n: string) => list.find((i) => i.number === n)!;
    expect(of('2026-A001').status).toBe('voided');
    expect(of('2026-A004').status).toBe('cancellation');
    // 281 net + 53.39 tax = 334.39; the 100 paid on 2026-A001 counts for it.
    expect(of('2026-A005').balances[0]).toMatchObject({ gross: 334.39, paid: 100, open: 234.39 });
    // The voided invoice and its cancellation count as zero: the report has the correction instead.
    const report = await json<{ totals: { money: { currency: string; net: number; paid: number }[] } }>('report', '--since', '2026-11-02', '--until', '2026-11-08', '--rounded', '--format', 'json');
    expect(report.totals.money[0]).toMatchObject({ currency: 'EUR', net: 581, paid: 100 });
    // Voiding again is refused; so is a payment on the voided invoice.
    expect((await tt('invoice', 'void', '2026-A001')).stderr).toContain('voided already');
    expect((await tt('invoice', 'paid', '2026-A001')).stderr).toContain('Its payments go on the invoice that corrects it: 2026-A005');
  });

  test('a payment recorded in each of two data folders: both kept once one has the other\'s records', async () => {
    const homeA = tt.ctx.env.TT_HOME!;
    const other = testCtx({ now: '2026-12-02T10:00:00Z' });
    const homeB = other.env.TT_HOME!;
    cpSync(homeA, homeB, { recursive: true });
    // A second device: its own id (and its own series, though it issues nothing here).
    writeFileSync(join(homeB, 'device'), 'b0b0b0b0b0\n');
    writeFileSync(join(homeB, 'series'), 'B\n');
    const runB = async (...args: string[]): Promise<number> => main(args, other);
    await tt.ok('invoice', 'paid', '2026-A005', '--amount', '50', '--on', '2026-12-01');
    expect(await runB('invoice', 'paid', '2026-A005', '--amount', '30', '--on', '2026-12-02')).toBe(0);
    // What a sync brings: the other device's own record file, next to this one's (issue 16 syncs it).
    const events = (home: string) => join(home, 'invoices', 'events');
    const bFile = readdirSync(events(homeB)).find((f) => f.startsWith('b0b0b0b0b0'))!;
    cpSync(join(events(homeB), bFile), join(events(homeA), bFile));
    const a005 = (await json<{ invoices: { number: string; payments: { amount: number }[]; balances: { paid: number; open: number }[] }[] }>('invoice', 'list')).invoices.find((i) => i.number === '2026-A005')!;
    expect(a005.payments.map((p) => p.amount).sort((x, y) => x - y)).toEqual([30, 50, 100]);
    expect(a005.balances[0]).toMatchObject({ paid: 180, open: 154.39 });
    // Each device appended only to its own file; the invoice file itself never changed.
    const files = readdirSync(events(homeA));
    expect(files).toHaveLength(2);
    const records = (f: string) => readFileSync(join(events(homeA), f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { device: string });
    expect(records(bFile).map((r) => r.device)).toEqual(['b0b0b0b0b0']);
    expect(records(files.find((f) => f !== bFile)!).every((r) => r.device !== 'b0b0b0b0b0')).toBe(true);
    const doc = JSON.parse(readFileSync(join(homeA, 'invoices', `${(await json<Invoice>('invoice', 'show', '2026-A005')).id}.json`), 'utf8'));
    expect(doc.invoice.lines).toHaveLength(2);
  });
});
