// Occurrence starts of one RRULE, as naive wall times, inside a window. ical.js iterates from DTSTART
// and cannot skip ahead, so an unbounded minutely series begun years ago would take minutes: simple
// rules (FREQ and INTERVAL, plus plain BYDAY for WEEKLY) are generated here by arithmetic and jump
// straight to the window; every other rule goes through ical.js's iterator under an iteration cap.
import type ICAL from 'ical.js';
import { ical } from './ical.ts';
import type { Rule } from './rule.ts';
import { DAY_MS } from './values.ts';

export interface Budget {
  /** Iterations left for this query, shared by every series. */
  left: number;
}

export interface GenerateOptions {
  from: number; // naive; occurrences starting earlier are not returned
  to: number; // naive; iteration stops after it
  pastUntil: (naive: number) => boolean;
  perSeries: number;
  budget: Budget;
}

export interface Generated {
  starts: number[];
  /** Set when a cap stopped the iteration before the window's end. */
  capped: 'series' | 'query' | null;
  /** Set when ical.js could not read the rule: only DTSTART is given. */
  unreadable?: string;
}

const UNIT: Record<string, number> = { SECONDLY: 1000, MINUTELY: 60_000, HOURLY: 3600_000, DAILY: DAY_MS };

export function generate(rule: Rule, dtstart: number, o: GenerateOptions): Generated {
  let recur: ICAL.Recur | null = null;
  if (!rule.simple) {
    try {
      recur = ical().Recur.fromString(rule.text);
    } catch (err) {
      const inWindow = dtstart >= o.from && dtstart <= o.to;
      return { starts: inWindow ? [dtstart] : [], capped: null, unreadable: (err as Error).message };
    }
  }
  const { index, it } = recur ? icalStarts(recur, dtstart) : simpleStarts(rule, dtstart, o.from);
  const starts: number[] = [];
  let n = index; // occurrences before this one, counted from DTSTART (for COUNT)
  let steps = 0;
  for (let r = it.next(); !r.done; r = it.next(), n++) {
    const t = r.value;
    if (rule.count !== null && n >= rule.count) break;
    if (t > o.to || o.pastUntil(t)) break;
    if (++steps > o.perSeries) return { starts, capped: 'series' };
    if (--o.budget.left < 0) return { starts, capped: 'query' };
    if (t >= o.from) starts.push(t);
  }
  return { starts, capped: null };
}

/** DTSTART first (RFC 5545: it is always the first instance), then the rule's instances after it. */
function simpleStarts(rule: Rule, dtstart: number, from: number): { index: number; it: Iterator<number> } {
  if (rule.freq === 'WEEKLY') return weekly(rule, dtstart, from);
  if (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') return { index: 0, it: months(rule, dtstart) };
  const step = UNIT[rule.freq]! * rule.interval;
  // Start two steps before the window so nothing near its edge is lost; k steps skipped = k occurrences.
  const k = Math.max(0, Math.floor((from - dtstart) / step) - 2);
  return {
    index: k,
    it: (function* () {
      for (let t = dtstart + k * step; ; t += step) yield t;
    })(),
  };
}

function weekly(rule: Rule, dtstart: number, from: number): { index: number; it: Iterator<number> } {
  const weekday = (new Date(dtstart).getUTCDay() + 6) % 7;
  const weekStart = dtstart - ((weekday - rule.wkst + 7) % 7) * DAY_MS;
  const offsets = (rule.byday.length ? rule.byday : [weekday]).map((d) => ((d - rule.wkst + 7) % 7) * DAY_MS).sort((a, b) => a - b);
  const period = 7 * DAY_MS * rule.interval;
  const firstWeek = offsets.filter((o) => weekStart + o > dtstart).length;
  const p0 = Math.max(0, Math.floor((from - weekStart) / period) - 1);
  const index = p0 === 0 ? 0 : 1 + firstWeek + (p0 - 1) * offsets.length;
  return {
    index,
    it: (function* () {
      if (p0 === 0) yield dtstart;
      for (let p = p0; ; p++) {
        for (const o of offsets) {
          const t = weekStart + p * period + o;
          if (t > dtstart) yield t;
        }
      }
    })(),
  };
}

function* months(rule: Rule, dtstart: number): Generator<number> {
  const d = new Date(dtstart);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const timeOfDay = dtstart - Date.UTC(y, m, day);
  const step = rule.freq === 'YEARLY' ? 12 * rule.interval : rule.interval;
  for (let i = 0; ; i += step) {
    const month = m + i;
    const t = Date.UTC(y, month, day);
    // A month without this day (the 31st, February 29th) has no instance (RFC 5545 3.3.10).
    if (new Date(t).getUTCDate() === day) yield t + timeOfDay;
    else if (i > 12 * 400 * 8) return; // Feb 29 on a 100-year INTERVAL can never recur; stop eventually
  }
}

function icalStarts(recur: ICAL.Recur, dtstart: number): { index: number; it: Iterator<number> } {
  const d = new Date(dtstart);
  const start = new (ical().Time)({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    isDate: false,
  }, undefined as unknown as ICAL.Timezone); // floating: tt applies zones itself
  const iter = recur.iterator(start);
  // ical.js's iterator starts at the first instance the rule produces; DTSTART is an instance even
  // when the rule would not produce it (RFC 5545 3.8.5.3), so it is given first.
  let first = true;
  return {
    index: 0,
    it: {
      next(): IteratorResult<number> {
        if (first) {
          first = false;
          return { done: false, value: dtstart };
        }
        let t = iter.next();
        while (t && Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) <= dtstart) t = iter.next();
        if (!t) return { done: true, value: undefined };
        return { done: false, value: Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) };
      },
    },
  };
}
