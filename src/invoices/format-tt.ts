// tt's own invoice CSV: `date,client,project,hours,rate,currency,description` (what
// `tt invoice create --format csv` writes, so an invoice round-trips). `date` may be empty; the
// importer then needs --period. Text cells come back without the ' that tt put before a cell a
// spreadsheet would take for a formula (src/core/csv-guard.ts).
import { unguardCell } from '../core/csv-guard.ts';
import type { FormatSpec } from './spec.ts';

type F = 'date' | 'client' | 'project' | 'hours' | 'rate' | 'currency' | 'description' | 'amount';

export const ttCsv: FormatSpec<F> = {
  format: 'tt',
  title: "tt's invoice CSV",
  columns: {
    date: ['date'],
    client: ['client'],
    project: ['project'],
    hours: ['hours'],
    rate: ['rate'],
    currency: ['currency'],
    description: ['description'],
    amount: ['amount'],
  },
  required: [['date'], ['client'], ['project'], ['hours'], ['rate'], ['currency'], ['description']],
  dates: ['date'],
  numbers: ['hours', 'rate', 'amount'],
  currencyHeaders: [],
  row(c) {
    const text = (f: F): string | null => {
      const t = c.text(f);
      return t === null ? null : unguardCell(t);
    };
    const hours = c.number('hours') ?? c.fail('hours', 'no hours');
    return {
      date: c.date('date'),
      startTime: null,
      endDate: null,
      endTime: null,
      hours,
      client: text('client'),
      project: text('project'),
      task: null,
      description: text('description'),
      billable: null,
      rate: c.number('rate'),
      amount: c.number('amount'),
      currency: c.currency('currency'),
      user: null,
      tags: [],
    };
  },
};
