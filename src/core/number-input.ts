// Numbers as users type them in flags: rates, percentages, estimates. Only plain decimals are read
// ("92.50", "19%"): Number() would take "1e308" (an invoice of $Infinity, total $NaN), "0x10" (16)
// and "" (0). Each value is bounded for what it is, and a bad one names its flag (exit 2).
import { UsageError } from './errors.ts';

export interface DecimalSpec {
  flag: string;
  /** Largest value accepted. */
  max: number;
  /** Most digits after the decimal point. */
  decimals: number;
  /** What was expected, for the hint: "Give a rate like 90 or 92.50." */
  hint: string;
}

/** Largest hourly rate accepted: far above any real one, and small enough that cents stay exact. */
export const MAX_RATE = 1_000_000;

/** A plain non-negative decimal with at most `decimals` digits after the point, up to `max`. */
export function parseDecimal(text: string, spec: DecimalSpec): number {
  const t = text.trim();
  const m = /^(\d{1,15})(?:\.(\d+))?$/.exec(t);
  if (!m) throw new UsageError(`${spec.flag}: "${text}" is not a plain decimal number`, spec.hint);
  if ((m[2]?.length ?? 0) > spec.decimals) throw new UsageError(`${spec.flag}: "${text}" has more than ${spec.decimals} decimals`, spec.hint);
  const n = Number(t);
  if (n > spec.max) throw new UsageError(`${spec.flag}: "${text}" is more than ${spec.max}`, spec.hint);
  return n;
}

/** A percentage from 0 to 100, "19%" or "19" or "2.5%". */
export function parsePercent(text: string, flag: string): number {
  return parseDecimal(text.trim().replace(/\s*%$/, ''), { flag, max: 100, decimals: 4, hint: 'Give a percentage from 0% to 100%, like 19% or 2.5%.' });
}

export function parseRate(text: string, flag = '--rate'): number {
  return parseDecimal(text, { flag, max: MAX_RATE, decimals: 4, hint: 'Give a plain number, like 90 or 92.50.' });
}
