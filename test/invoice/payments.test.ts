// Payments: sent, paid in parts that add up (gross amounts), a short remainder written off, a payment
// above what is open refused unless it is the client's credit, which the next invoice takes off;
// `invoice list --open|--overdue|--paid` with due dates and days overdue.
import { describe, expect, test } from 'vitest';
import type { Invoice } from '../../src/invoices/model.ts';
import { world, type Tt } from './run.ts';

interface Listed {
  number: string;
  status: string;
  due: string | null;
  daysOverdue: number | null;
  balances: { currency: string; gross: number; credit: number; paid: number; settled: number; open: number; overpaid: number }[];
}

async function setup(now = '2026-12-02T10:00:00Z'): Promise<Tt> {
  const tt = await world(now);
  await tt.ok('client', 'add', 'acme', '--rate', '100', '--currency', 'EUR', '--tax', '20%');
  await tt.ok('add', 'acme', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T13:00:00+01:00');
  // 4 h × 100 = 400 net, 80 tax, 480 gross; issued 2026-12-02, due 2026-12-16 (Net 14).
  await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-01..2026-11-10');
  return tt;
}

const listed = async (tt: Tt, ...filter: string[]): Promise<Listed[]> => JSON.parse((await tt.ok('invoice', 'list', ...filter, '--json')).stdout).invoices;

describe('tt invoice sent and paid', () => {
  test('partial payments add up to paid; the status follows', async () => {
    const tt = await setup();
    expect((await tt.ok('invoice', 'sent', '2026-A001', '--on', '2026-12-02')).stdout).toBe('Recorded: invoice 2026-A001 sent on 2026-12-02, due 2026-12-16.\n');
    expect((await tt.ok('invoice', 'sent', '2026-A001')).stdout).toContain('recorded as sent on 2026-12-02 already');
    expect((await listed(tt))[0]).toMatchObject({ status: 'sent', due: '2026-12-16', daysOverdue: null });
    const part = await tt.ok('invoice', 'paid', '2026-A001', '--amount', '200', '--on', '2026-12-02');
    expect(part.stdout).toBe('Recorded a payment of €200.00 on invoice 2026-A001 (2026-12-02): €200.00 paid, €280.00 open.\n');
    expect((await listed(tt))[0]).toMatchObject({ status: 'partly paid', balances: [{ gross: 480, paid: 200, open: 280 }] });
    // Without --amount: what is open.
    expect((await tt.ok('invoice', 'paid', '2026-A001')).stdout).toContain('payment of €280.00');
    expect((await listed(tt))[0]).toMatchObject({ status: 'paid', balances: [{ paid: 480, open: 0 }] });
    expect((await tt('invoice', 'paid', '2026-A001')).stderr).toContain('nothing is open on 2026-A001: it is paid');
    expect((await tt('invoice', 'paid', '2026-A001', '--on', '2026-12-24')).stderr).toContain('--on: 2026-12-24 is after today');
  });

  test('--settle writes off a short remainder (bank fees)', async () => {
    const tt = await setup();
    const r = await tt.ok('invoice', 'paid', '2026-A001', '--amount', '472.50', '--settle', 'bank fees');
    expect(r.stdout).toContain('€7.50 written off (bank fees)');
    expect((await listed(tt))[0]).toMatchObject({ status: 'settled', balances: [{ paid: 472.5, settled: 7.5, open: 0 }] });
    expect((await listed(tt, '--paid')).map((i) => i.number)).toEqual(['2026-A001']);
  });

  test('a payment above the open amount is refused unless --credit; the credit comes off the next invoice', async () => {
    const tt = await setup();
    const over = await tt('invoice', 'paid', '2026-A001', '--amount', '500');
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('a payment of €500.00 is €20.00 more than the €480.00 open on 2026-A001');
    expect(over.stderr).toContain('give --credit');
    expect((await listed(tt))[0]!.balances[0]!.paid).toBe(0);
    const r = await tt.ok('invoice', 'paid', '2026-A001', '--amount', '500', '--credit');
    expect(r.stdout).toContain("€20.00 is acme's credit, taken off their next invoice");
    expect((await listed(tt))[0]).toMatchObject({ status: 'paid', balances: [{ paid: 500, open: 0, overpaid: 20 }] });
    // The next invoice: 1 h = 100 net, 120 gross, less the 20 of credit: 100 due.
    await tt.ok('add', 'acme', '--from', '2026-12-01T09:00:00+01:00', '--to', '2026-12-01T10:00:00+01:00');
    const next = JSON.parse((await tt.ok('invoice', 'create', '--client', 'acme', '--unbilled', '--json')).stdout) as Invoice;
    expect(next.credit).toEqual([{ currency: 'EUR', amount: 20 }]);
    expect((await tt.ok('invoice', 'show', next.number)).stdout).toContain('credit from earlier payments -€20.00 · **amount due €100.00**');
    expect((await listed(tt)).find((i) => i.number === next.number)!.balances[0]).toMatchObject({ gross: 120, credit: 20, open: 100 });
    // Used once: a third invoice gets no credit.
    await tt.ok('add', 'acme', '--from', '2026-12-02T09:00:00+01:00', '--to', '2026-12-02T10:00:00+01:00');
    expect((JSON.parse((await tt.ok('invoice', 'create', '--client', 'acme', '--unbilled', '--json')).stdout) as Invoice).credit).toEqual([]);
  });

  test('an unknown invoice says which one was meant', async () => {
    const tt = await setup();
    const r = await tt('invoice', 'paid', '2026-A01');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no invoice has the number or id "2026-A01"');
    expect(r.stderr).toContain('Did you mean 2026-A001?');
  });
});

describe('tt invoice list --open, --overdue, --paid', () => {
  test('an unpaid invoice past its due date is overdue, with the days', async () => {
    const tt = await setup('2026-11-16T10:00:00Z');
    // Issued 2026-11-16, due 2026-11-30. Two weeks later (the clock is pinned per data folder, so
    // the second world reads this one's files at a later "now").
    const later = await world('2026-12-04T10:00:00Z');
    const { cpSync } = await import('node:fs');
    cpSync(tt.ctx.env.TT_HOME!, later.ctx.env.TT_HOME!, { recursive: true });
    const overdue = await listed(later, '--overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ number: '2026-A001', status: 'overdue', due: '2026-11-30', daysOverdue: 4 });
    expect((await later.ok('invoice', 'list', '--overdue')).stdout).toContain('overdue 4 days, due 2026-11-30, paid €0.00, open €480.00');
    expect(await listed(later, '--paid')).toEqual([]);
    expect((await listed(later, '--open')).map((i) => i.number)).toEqual(['2026-A001']);
    // On its due date it is open, not overdue.
    expect(await listed(tt, '--overdue')).toEqual([]);
    expect((await later('invoice', 'list', '--open', '--paid')).code).toBe(2);
  });
});
