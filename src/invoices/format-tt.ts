// tt's own invoice CSV: `date,client,project,hours,rate,currency,description` (what
// `tt invoice create --format csv` writes, so an invoice round-trips). `date` may be empty; the
// importer then needs --period.
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
    const hours = c.number('hours') ?? c.fail('hours', 'no hours');
    return {
      date: c.date('date'),
      startTime: null,
      endDate: null,
      endTime: null,
      hours,
      client: c.text('client'),
      project: c.text('project'),
      task: null,
      description: c.text('description'),
      billable: null,
      rate: c.number('rate'),
      amount: c.number('amount'),
      currency: c.currency('currency'),
      user: null,
      tags: [],
    };
  },
};
