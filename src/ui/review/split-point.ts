// Where x splits a draft unless told otherwise: the middle, on a 5-minute mark.
import type { Draft } from '../../review/types.ts';

const FIVE_MINUTES = 5 * 60_000;

export function splitPoint(d: Pick<Draft, 'start' | 'end'>): number {
  const mid = Math.round((d.start + d.end) / 2 / FIVE_MINUTES) * FIVE_MINUTES;
  return mid > d.start && mid < d.end ? mid : Math.floor((d.start + d.end) / 2);
}
