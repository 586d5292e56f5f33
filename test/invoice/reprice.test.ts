// `tt client set` with --rate, --currency, --round or --tax and no --from reaches back to work
// already tracked: it says how much not-yet-invoiced work it reprices and needs --from or --yes.
// Invoiced work keeps its invoice's money. Currency, rounding and tax have a history like the rate.
import { describe, expect, test } from 'vitest';
import { world, type Tt } from './run.ts';

async function setup(): Promise<Tt> {
  const tt = await world('2026-12-02T10:00:00Z');
  await tt.ok('client', 'add', 'acme', '--rate', '100', '--currency', 'EUR');
  await tt.ok('add', 'acme', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:00:00+01:00');
  await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-01..2026-11-10');
  await tt.ok('add', 'acme', '--from', '2026-11-20T09:00:00+01:00', '--to', '2026-11-20T11:30:00+01:00');
  return tt;
}

const client = async (tt: Tt): Promise<Record<string, unknown>> => JSON.parse((await tt.ok('client', 'list', '--json')).stdout).clients[0];

describe('the repricing guard', () => {
  test.each([
    ['--rate', '110'],
    ['--currency', 'USD'],
    ['--round', '15m'],
    ['--tax', '19%'],
  ])('%s %s without --from: says what it reprices (the un-invoiced entry only), changes nothing', async (flag, value) => {
    const tt = await setup();
    const before = await client(tt);
    const r = await tt('client', 'set', 'acme', flag, value);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('this changes what 1 tracked entry of acme not invoiced yet (2.50 h, on 2026-11-20) would be billed at');
    expect(r.stderr).toContain('--from DAY');
    expect(r.stderr).toContain('--yes');
    expect(await client(tt)).toEqual(before);
  });

  test('--yes reprices the un-invoiced work; the invoiced work keeps its money', async () => {
    const tt = await setup();
    await tt.ok('client', 'set', 'acme', '--rate', '110', '--yes');
    const money = JSON.parse((await tt.ok('report', '--last-month', '--format', 'json')).stdout).totals.money[0];
    // Invoiced: 1 h at 100 as billed; not invoiced: 2.5 h at the new 110.
    expect(money).toMatchObject({ invoiced: 100, notInvoiced: 275 });
  });

  test('--from: a change from a day on; currency, rounding and tax keep a history like the rate', async () => {
    const tt = await setup();
    await tt.ok('client', 'set', 'acme', '--currency', 'USD', '--round', '15m', '--tax', '10%', '--from', '2026-11-25');
    expect(await client(tt)).toMatchObject({
      currency: 'EUR',
      currencies: [{ from: '2026-11-25', currency: 'USD' }],
      rounds: [{ from: '2026-11-25', incrementMinutes: 15, mode: 'up' }],
      taxes: [{ from: '2026-11-25', percent: 10 }],
    });
    expect((await tt.ok('client', 'list')).stdout).toContain('USD from 2026-11-25');
    await tt.ok('add', 'acme', '--from', '2026-11-26T09:00:00+01:00', '--to', '2026-11-26T09:05:00+01:00');
    // A period across the currency change is refused: one invoice, one currency.
    const across = await tt('invoice', 'create', '--client', 'acme', '--unbilled', '--period', '2026-11-11..2026-11-30');
    expect(across.code).toBe(2);
    expect(across.stderr).toContain('acme is billed in EUR and USD');
    // Before the change: EUR, no rounding, no tax; after it: USD, 15 minutes, 10 %.
    const eur = JSON.parse((await tt.ok('invoice', 'create', '--client', 'acme', '--unbilled', '--period', '2026-11-11..2026-11-24', '--json')).stdout);
    expect(eur.totals).toEqual([{ currency: 'EUR', hours: 2.5, net: 250, tax: 0, gross: 250 }]);
    const usd = JSON.parse((await tt.ok('invoice', 'create', '--client', 'acme', '--unbilled', '--period', '2026-11-25..2026-11-30', '--json')).stdout);
    expect(usd.totals).toEqual([{ currency: 'USD', hours: 0.25, net: 25, tax: 2.5, gross: 27.5 }]);
  });

  test('with nothing un-invoiced to reprice, no --from or --yes is needed', async () => {
    const tt = await world('2026-12-02T10:00:00Z');
    await tt.ok('client', 'add', 'acme', '--rate', '100', '--currency', 'EUR');
    await tt.ok('client', 'set', 'acme', '--rate', '120');
    expect(await client(tt)).toMatchObject({ rates: [{ from: null, rate: 120 }] });
  });
});
