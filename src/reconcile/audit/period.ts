// The period an audit covers (ARCHITECTURE.md, Evidence 6): the one given with --period, else the
// one recorded with the invoice, else the whole Monday-to-Sunday weeks its dated lines touch.
import { UsageError } from '../../core/errors.ts';
import type { DayRange } from '../../core/ranges.ts';
import { weekOf } from '../../core/ranges.ts';
import type { DateString } from '../../core/time.ts';

export type PeriodSource = 'given' | 'recorded' | 'assumed';

export interface AuditPeriod extends DayRange {
  source: PeriodSource;
}

export function auditPeriod(given: DayRange | null, recorded: { from: DateString | null; to: DateString | null }, lineDates: readonly (DateString | null)[]): AuditPeriod {
  if (given) return { ...given, source: 'given' };
  if (recorded.from && recorded.to) return { from: recorded.from, to: recorded.to, source: 'recorded' };
  const dated = lineDates.filter((d): d is DateString => d !== null).sort();
  if (!dated.length) {
    throw new UsageError('the invoice records no period and its lines carry no dates', 'Give the period it billed: --period 2026-11-02..2026-11-08.');
  }
  return { from: weekOf(dated[0]!).from, to: weekOf(dated[dated.length - 1]!).to, source: 'assumed' };
}
