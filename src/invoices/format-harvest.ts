// Harvest's detailed time report CSV (and its 8-column import layout): hours as decimals, often with
// European decimal commas ("20,0", "2.000,0"), currency as "Euro - EUR" in a Currency column.
import type { FormatSpec } from './spec.ts';
import { timing } from './spec.ts';

type F = 'date' | 'client' | 'project' | 'task' | 'notes' | 'hours' | 'billable' | 'rate' | 'amount' | 'currency' | 'firstName' | 'lastName';

export const harvest: FormatSpec<F> = {
  format: 'harvest',
  title: 'Harvest time report',
  columns: {
    date: ['Date', 'Spent Date'],
    client: ['Client'],
    project: ['Project'],
    task: ['Task'],
    notes: ['Notes'],
    hours: ['Hours'],
    billable: ['Billable?', 'Billable'],
    rate: ['Billable Rate'],
    amount: ['Billable Amount'],
    currency: ['Currency'],
    firstName: ['First name'],
    lastName: ['Last name'],
  },
  required: [['date'], ['hours']],
  dates: ['date'],
  numbers: ['hours', 'rate', 'amount'],
  currencyHeaders: [],
  row(c) {
    const t = timing(c, { date: 'date' }, c.number('hours'), 'hours');
    const user = [c.text('firstName'), c.text('lastName')].filter(Boolean).join(' ');
    return {
      ...t,
      client: c.text('client'),
      project: c.text('project'),
      task: c.text('task'),
      description: c.text('notes'),
      billable: c.billable('billable'),
      rate: c.number('rate'),
      amount: c.number('amount'),
      currency: c.currency('currency'),
      user: user || null,
      tags: [],
    };
  },
};
