// Clockify's detailed report CSV: every field quoted, MM/DD or DD/MM dates by the user's setting,
// 12-hour times with or without seconds, rate and amount headers naming the currency, and optional
// columns (Client, Billable, Task or Activity, durations) that newer and older layouts drop.
import type { Cells } from './cells.ts';
import type { FormatSpec } from './spec.ts';
import { detailedFields, firstOf, timing } from './spec.ts';

type F = 'project' | 'client' | 'description' | 'task' | 'user' | 'email' | 'tags' | 'billable' | 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'durationH' | 'durationDecimal' | 'rate' | 'amount';

/** "Duration (h)" is "01:30:00" or, with decimal display switched on, "1.50". */
function durationH(c: Cells<F>): number | null {
  const t = c.text('durationH');
  if (t === null) return null;
  return t.includes(':') ? c.duration('durationH') : c.number('durationH');
}

export const clockify: FormatSpec<F> = {
  format: 'clockify',
  title: 'Clockify detailed report',
  columns: {
    project: ['Project'],
    client: ['Client'],
    description: ['Description'],
    task: ['Task', 'Activity'],
    user: ['User'],
    email: ['Email'],
    tags: ['Tags'],
    billable: ['Billable'],
    startDate: ['Start Date'],
    startTime: ['Start Time'],
    endDate: ['End Date'],
    endTime: ['End Time'],
    durationH: ['Duration (h)'],
    durationDecimal: ['Duration (decimal)'],
    rate: [/^Billable Rate( \(.*\))?$/i],
    amount: [/^Billable Amount( \(.*\))?$/i],
  },
  required: [['startDate'], ['durationH', 'durationDecimal', 'endTime']],
  dates: ['startDate', 'endDate'],
  numbers: ['durationDecimal', 'rate', 'amount'],
  currencyHeaders: ['rate', 'amount'],
  row(c, currency) {
    const duration = firstOf(durationH(c), c.number('durationDecimal'));
    const t = timing(c, { date: 'startDate', start: 'startTime', endDate: 'endDate', end: 'endTime' }, duration, c.has('durationH') ? 'durationH' : null);
    return { ...t, ...detailedFields(c, currency) };
  },
};
