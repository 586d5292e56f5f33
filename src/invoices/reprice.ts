// The repricing guard of `tt client set`: a new rate, currency, rounding or tax without --from
// applies to past work too. Invoiced work never changes (its money is on the invoice), but tracked
// work not invoiced yet would be billed differently: the user is told how much and must say --from
// (from that day on) or --yes (reprice it). Pure.
import type { Client } from '../core/client.ts';
import { termsDiffer } from '../core/client-terms.ts';
import type { Entry } from '../core/events.ts';
import { dayCutter } from './build.ts';
import { unbilledHours, type Coverage } from './coverage.ts';

export interface Repriced {
  entries: number;
  hours: number;
  from: string;
  to: string;
}

export function repriced(before: Client, after: Client, entries: readonly Entry[], cov: Coverage, tz: string): Repriced | null {
  const dayOf = dayCutter(tz);
  const out: Repriced = { entries: 0, hours: 0, from: '', to: '' };
  for (const e of entries) {
    if (e.end === null || e.client !== before.name) continue;
    const open = unbilledHours(cov, e);
    if (open <= 0) continue;
    const day = dayOf(e.start);
    if (!termsDiffer(before, after, day)) continue;
    out.entries++;
    out.hours += open;
    if (!out.from || day < out.from) out.from = day;
    if (day > out.to) out.to = day;
  }
  return out.entries ? out : null;
}
