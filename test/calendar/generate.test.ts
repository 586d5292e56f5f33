// Recurrence generation: tt's arithmetic for simple rules must agree with ical.js's iterator, skip
// ahead to the window, and stop at the caps.
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIcal } from '../../src/calendar/ical.ts';
import { generate, type Budget } from '../../src/calendar/generate.ts';
import { readRule, type Rule } from '../../src/calendar/rule.ts';

beforeAll(async () => {
  await loadIcal();
});

const at = (s: string): number => Date.parse(`${s}Z`);
const never = (): boolean => false;

function rule(text: string): Rule {
  const r = readRule(text);
  if (typeof r === 'string') throw new Error(r);
  return r;
}

/** The first `n` starts ical.js gives for the same rule (COUNT and UNTIL left out). */
function icalStarts(text: string, dtstart: number, n: number): number[] {
  const d = new Date(dtstart);
  const start = new ICAL.Time({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: 0, isDate: false }, undefined as unknown as ICAL.Timezone);
  const it = ICAL.Recur.fromString(text).iterator(start);
  const out: number[] = [];
  for (let t = it.next(); t && out.length < n; t = it.next()) out.push(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
  return out;
}

describe('generate (simple rules) agrees with ical.js', () => {
  const cases = [
    'FREQ=DAILY', 'FREQ=DAILY;INTERVAL=3', 'FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU', 'FREQ=WEEKLY;BYDAY=SU,SA;WKST=MO', 'FREQ=MONTHLY', 'FREQ=MONTHLY;INTERVAL=5',
    'FREQ=YEARLY', 'FREQ=HOURLY;INTERVAL=7', 'FREQ=MINUTELY;INTERVAL=45',
  ];
  // A Wednesday, and a 31st to exercise months without that day.
  for (const start of ['2026-01-07T09:30:00', '2025-12-31T16:00:00', '2024-02-29T08:00:00']) {
    for (const text of cases) {
      it(`${text} from ${start}`, () => {
        const r = rule(text);
        expect(r.simple).toBe(true);
        const dtstart = at(start);
        // DTSTART is always the first instance (RFC 5545 3.8.5.3); ical.js's bare iterator omits it
        // when the rule would not produce it.
        if (text === 'FREQ=YEARLY' && start.startsWith('2024-02-29')) return; // see the February 29th test below
        const expected = [dtstart, ...icalStarts(text, dtstart, 60).filter((t) => t > dtstart)];
        const got = generate(r, dtstart, { from: dtstart, to: expected[expected.length - 1]!, pastUntil: never, perSeries: 1e6, budget: { left: 1e6 } });
        expect(got.starts.map((t) => new Date(t).toISOString())).toEqual(expected.map((t) => new Date(t).toISOString()));
      });
    }
  }
});

describe('generate follows RFC 5545 where ical.js does not', () => {
  it('gives a yearly February 29th series only in leap years (ical.js moves it to March 1st)', () => {
    const got = generate(rule('FREQ=YEARLY'), at('2024-02-29T08:00:00'), { from: 0, to: at('2033-01-01T00:00:00'), pastUntil: never, perSeries: 100, budget: { left: 100 } });
    expect(got.starts.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
  });
});

describe('generate skips ahead and stops', () => {
  it('reaches 2026 from a minutely series begun in 2000 in a handful of iterations', () => {
    const budget: Budget = { left: 200_000 };
    const got = generate(rule('FREQ=MINUTELY'), at('2000-01-01T00:00:00'), { from: at('2026-11-23T10:00:00'), to: at('2026-11-23T10:05:00'), pastUntil: never, perSeries: 200_000, budget });
    expect(got.starts.length).toBe(6); // 10:00 ... 10:05
    expect(200_000 - budget.left).toBeLessThan(10);
    expect(got.capped).toBeNull();
  });

  it('keeps COUNT exact when skipping ahead: a weekly MO,WE,FR series of 10 ends on its 10th instance', () => {
    // DTSTART Wed 2026-01-07: instances We 7, Fr 9, Mo 12, We 14, Fr 16, Mo 19, We 21, Fr 23, Mo 26, We 28.
    const got = generate(rule('FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=10'), at('2026-01-07T09:00:00'), { from: at('2026-01-25T00:00:00'), to: at('2026-03-01T00:00:00'), pastUntil: never, perSeries: 1000, budget: { left: 1000 } });
    expect(got.starts.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2026-01-26', '2026-01-28']);
  });

  it('stops a rule that cannot skip ahead at the per-series cap and says so', () => {
    // BYHOUR makes the rule one for ical.js's iterator, which walks from DTSTART: 1999 to 2026 is far.
    const got = generate(rule('FREQ=MINUTELY;BYHOUR=9,10'), at('1999-01-01T00:00:00'), { from: at('2026-01-01T00:00:00'), to: at('2026-01-02T00:00:00'), pastUntil: never, perSeries: 5000, budget: { left: 200_000 } });
    expect(got.capped).toBe('series');
    expect(got.starts).toEqual([]);
  });

  it('stops when the query budget shared by all series runs out', () => {
    const budget: Budget = { left: 100 };
    const got = generate(rule('FREQ=DAILY'), at('2026-01-01T09:00:00'), { from: at('2026-01-01T00:00:00'), to: at('2027-01-01T00:00:00'), pastUntil: never, perSeries: 1e6, budget });
    expect(got.capped).toBe('query');
    expect(got.starts.length).toBe(100);
  });
});

describe('readRule', () => {
  it('reads what exporters write: spaces in BYDAY lists and a doubled RRULE: prefix', () => {
    expect(rule('FREQ=DAILY;UNTIL=20150722T080000Z;INTERVAL=1;BYDAY=MO, TU, WE, TH, FR')).toMatchObject({ freq: 'DAILY', simple: false });
    expect(rule('RRULE:FREQ=WEEKLY;BYDAY=FR,MO')).toMatchObject({ freq: 'WEEKLY', byday: [4, 0], simple: true });
  });

  it('refuses rules it cannot use, with a reason', () => {
    expect(readRule('BYDAY=MO')).toContain('no valid FREQ');
    expect(readRule('FREQ=DAILY;INTERVAL=0')).toContain('bad INTERVAL');
    expect(readRule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')).toContain('can never occur');
  });
});
