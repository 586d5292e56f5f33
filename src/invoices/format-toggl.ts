// Toggl Track's detailed report CSV, in the layouts seen in the wild: with and without End date/time
// and Amount, `Amount ()` without currency, reordered columns, 12-hour times, and durations re-saved
// by a spreadsheet as "02:00:00 AM".
import type { FormatSpec } from './spec.ts';
import { detailedFields, timing } from './spec.ts';

type F = 'user' | 'email' | 'client' | 'project' | 'task' | 'description' | 'billable' | 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'duration' | 'tags' | 'amount' | 'rate';

export const toggl: FormatSpec<F> = {
  format: 'toggl',
  title: 'Toggl detailed report',
  columns: {
    user: ['User', 'Member'],
    email: ['Email'],
    client: ['Client'],
    project: ['Project'],
    task: ['Task'],
    description: ['Description'],
    billable: ['Billable'],
    startDate: ['Start date'],
    startTime: ['Start time'],
    endDate: ['End date'],
    endTime: ['End time'],
    duration: ['Duration'],
    tags: ['Tags'],
    amount: [/^Amount( \(.*\))?$/i, /^Billable amount( \(.*\))?$/i],
    rate: [/^(Billable )?rate( \(.*\))?$/i],
  },
  required: [['startDate'], ['duration', 'endTime']],
  dates: ['startDate', 'endDate'],
  numbers: ['amount', 'rate'],
  currencyHeaders: ['amount', 'rate'],
  row(c, currency) {
    const t = timing(c, { date: 'startDate', start: 'startTime', endDate: 'endDate', end: 'endTime' }, c.duration('duration'), 'duration');
    return { ...t, ...detailedFields(c, currency) };
  },
};
