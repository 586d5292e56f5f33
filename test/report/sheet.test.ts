import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.ts';
import { formatReport } from '../../src/report/format.ts';
import { client, entry } from './fixtures.ts';

// acme's Monday is on an invoice: €150 net, 19 % tax, €100 of its gross paid so far. Its money comes
// from the invoice as recorded (src/invoices/report-input.ts), whatever acme's rate is now.
const r = buildReport({
  entries: [entry('acme', '2026-11-03T09:00:00Z', '2026-11-03T10:00:00Z'), entry('Big, Co', '2026-11-03T11:00:00Z', '2026-11-03T11:20:00Z')],
  invoiced: [{ client: 'acme', day: '2026-11-02', trackedMs: 5_400_000, billedMinutes: 90, currency: 'EUR', netCents: 15000, taxCents: 2850, paidCents: 10000, openCents: 7850, tags: [] }],
  clients: [client('acme', { rates: [{ from: null, rate: 100 }], currency: 'EUR' }), client('Big, Co', { rates: [{ from: null, rate: 60 }], currency: 'USD' })],
  tz: 'UTC',
  range: { from: '2026-11-02', to: '2026-11-08' },
  now: Date.parse('2026-11-27T10:00:00Z'),
  by: 'client',
  rounded: false,
});

describe('formatReport', () => {
  it('prints an aligned table with a totals row', () => {
    expect(formatReport(r, 'table')).toBe(
      [
        '2026-11-02..2026-11-08 by client (UTC)',
        '',
        'Client   Hours  Invoiced h  Unbilled h  Net EUR  Tax EUR  Gross EUR  Paid EUR  Open EUR  Unbilled EUR  Unbilled USD',
        'Big, Co   0.33        0.00        0.33                                                                       $20.00',
        'acme      2.50        1.50        1.00  €150.00   €28.50    €178.50   €100.00    €78.50       €100.00',
        '-------  -----  ----------  ----------  -------  -------  ---------  --------  --------  ------------  ------------',
        'Total     2.83        1.50        1.33  €150.00   €28.50    €178.50   €100.00    €78.50       €100.00        $20.00',
        '',
      ].join('\n'),
    );
  });

  it('writes CSV with every column and quotes a name holding a comma', () => {
    expect(formatReport(r, 'csv')).toBe(
      [
        'client,hours,invoiced_hours,not_invoiced_hours,non_billable_hours,unpriced_hours,amount_EUR,invoiced_EUR,not_invoiced_EUR,tax_EUR,gross_EUR,paid_EUR,open_EUR,amount_USD,invoiced_USD,not_invoiced_USD,tax_USD,gross_USD,paid_USD,open_USD',
        '"Big, Co",0.3333,0,0.3333,0,0,0.00,0.00,0.00,0.00,0.00,0.00,0.00,20.00,0.00,20.00,0.00,0.00,0.00,0.00',
        'acme,2.5,1.5,1,0,0,250.00,150.00,100.00,28.50,178.50,100.00,78.50,0.00,0.00,0.00,0.00,0.00,0.00,0.00',
        '',
      ].join('\n'),
    );
  });

  it('writes a Markdown table with right-aligned numbers', () => {
    const md = formatReport(r, 'md').split('\n');
    expect(md[2]).toBe('| Client | Hours | Invoiced h | Unbilled h | Net EUR | Tax EUR | Gross EUR | Paid EUR | Open EUR | Unbilled EUR | Unbilled USD |');
    expect(md[3]).toBe('| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    expect(md[6]).toBe('| **Total** | 2.83 | 1.50 | 1.33 | €150.00 | €28.50 | €178.50 | €100.00 | €78.50 | €100.00 | $20.00 |');
  });
});
