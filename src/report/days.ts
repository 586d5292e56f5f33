// Cutting intervals at local midnights. Each day is priced at the rate in force that day, so an
// interval across midnight (or across the DST night) is split into one slice per local day.
import { addDays, localDate, offsetMinutes, startOfDay, type DateString } from '../core/time.ts';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/**
 * Finds the local day of an instant, remembering the last day's bounds: entries come sorted by start,
 * so most look-ups hit the cached day and skip Intl, which is the slow part over 100,000 entries.
 */
export class DayCutter {
  /** The day found by the last dayOf, and its half-open bounds [from, to). */
  day: DateString = '';
  from = 0;
  to = 0;
  /** The zone's offset is known to be the same all through [steadyFrom, steadyTo]. */
  private steadyFrom = 0;
  private steadyTo = -1;

  constructor(readonly tz: string) {}

  /**
   * The local day holding `instant`, with its bounds. The cutter itself is the answer (no object is
   * made per look-up, over 100,000 entries): read it before the next call.
   */
  dayOf(instant: number): { readonly day: DateString; readonly from: number; readonly to: number } {
    if (instant >= this.from && instant < this.to) return this;
    // Walking forward a few days is cheap (see sameOffset); finding a day from scratch costs about ten Intl calls.
    while (this.day && instant >= this.to && instant < this.to + 7 * DAY_MS) this.next();
    if (!(instant >= this.from && instant < this.to)) {
      this.day = localDate(instant, this.tz);
      this.from = startOfDay(this.day, this.tz);
      this.to = startOfDay(addDays(this.day, 1), this.tz);
    }
    return this;
  }

  /** Moves to the following day. Its end is 24 hours later unless the offset changes that day. */
  private next(): void {
    const from = this.to;
    const guess = from + DAY_MS;
    this.day = addDays(this.day, 1);
    this.from = from;
    this.to = this.sameOffset(from, guess) ? guess : startOfDay(addDays(this.day, 1), this.tz);
  }

  /**
   * Whether the zone's offset is the same at `a` and at `b` (a day later). Intl calls are slow in a
   * fresh process, so the offset is probed a week ahead and the whole week taken as steady when it
   * has not changed: no zone changes its offset twice within a week (Morocco's Ramadan changes, the
   * closest pair, are about a month apart). That is one Intl call a week instead of one a day.
   */
  private sameOffset(a: number, b: number): boolean {
    if (a >= this.steadyFrom && b <= this.steadyTo) return true;
    const here = offsetMinutes(a, this.tz);
    if (offsetMinutes(a + WEEK_MS, this.tz) === here) {
      this.steadyFrom = a;
      this.steadyTo = a + WEEK_MS;
      return true;
    }
    return offsetMinutes(b, this.tz) === here;
  }
}
