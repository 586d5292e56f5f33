// Issue 17 item 6: weekday phrases are read toward the past. On a Saturday "monday 9:00" was refused
// as "in the future" (chrono-node picks the closest Monday, or with "this" the coming one); a weekday
// now means the most recent such day, today included when the time has passed.
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/core/instant.ts';
import { run, world } from './run.ts';

const TZ = 'Europe/Berlin';
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
// Monday 2026-11-30 to Sunday 2026-12-06, all in winter time (UTC+1).
const WEEK = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];
const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+01:00`);
/** The day `back` days before `day`. */
const minus = (day: string, back: number) => new Date(Date.parse(`${day}T12:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);

/**
 * The most recent `weekday` at `hhmm` up to `now`, counted the slow way: step back day by day. tt
 * takes times up to a minute ahead as now (a clock a little ahead), so 9:00 typed at 08:59 is today.
 */
function mostRecent(weekday: number, hhmm: string, today: number, now: number): number {
  for (let back = 0; back < 8; back++) {
    const day = minus(WEEK[today]!, back);
    const wd = (today - back + 70) % 7;
    if (wd === weekday && at(day, hhmm) <= now + 60_000) return at(day, hhmm);
  }
  throw new Error('unreachable');
}

const read = (text: string, now: number) => parseInstant(text, { now, tz: TZ, flag: '--at' });

describe('weekday phrases', () => {
  it('mean the most recent such day, on every day of the week at every time of day', async () => {
    const forms: [(name: string) => string, string][] = [
      [(d) => `${d} 9:00`, '09:00'],
      [(d) => `${d.slice(0, 3)} 9:00`, '09:00'],
      [(d) => `${d} 9am`, '09:00'],
      [(d) => `this ${d} 9:00`, '09:00'],
      [(d) => `${d} 17:30`, '17:30'],
      [(d) => `on ${d} at 11pm`, '23:00'],
    ];
    let checked = 0;
    for (let today = 0; today < 7; today++) {
      for (const time of ['00:05', '08:55', '08:59', '09:00', '09:01', '12:00', '17:29', '23:59']) {
        const now = at(WEEK[today]!, time);
        for (let wd = 0; wd < 7; wd++) {
          for (const [phrase, hhmm] of forms) {
            const text = phrase(DAYS[wd]!);
            const got = await read(text, now);
            expect({ text, on: `${WEEK[today]} ${time}`, got: new Date(got).toISOString() }).toEqual({
              text,
              on: `${WEEK[today]} ${time}`,
              got: new Date(mostRecent(wd, hhmm, today, now)).toISOString(),
            });
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(7 * 8 * 7 * 6);
  });

  it('reads the trial Saturday by hand', async () => {
    const saturday = at('2026-12-05', '10:30');
    expect(await read('monday 9:00', saturday)).toBe(at('2026-11-30', '09:00'));
    expect(await read('tuesday 9:00', saturday)).toBe(at('2026-12-01', '09:00'));
    expect(await read('this monday 9:00', saturday)).toBe(at('2026-11-30', '09:00'));
    expect(await read('saturday 9:00', saturday)).toBe(at('2026-12-05', '09:00')); // today, passed
    expect(await read('saturday 11:00', saturday)).toBe(at('2026-11-28', '11:00')); // today, not yet
    expect(await read('last monday 9:00', saturday)).toBe(at('2026-11-30', '09:00'));
  });

  it('keeps 9:00 across a DST change, and still refuses "next monday"', async () => {
    // Saturday 2026-10-31 (winter time); the Monday before was 2026-10-26, after the change on the 25th.
    const afterChange = Date.parse('2026-10-31T10:00:00+01:00');
    expect(new Date(await read('monday 9:00', afterChange)).toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(new Date(await read('sunday 9:00', afterChange)).toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(new Date(await read('saturday 11:00', afterChange)).toISOString()).toBe('2026-10-24T09:00:00.000Z'); // summer time
    await expect(read('next monday 9:00', at('2026-12-05', '10:30'))).rejects.toThrow('is in the future');
  });

  it('adds Monday morning on a Saturday', async () => {
    const ctx = await world('2026-12-05T09:30:00Z');
    const add = await run(ctx, ['add', 'acme', '--from', 'monday 9:00', '--to', 'mon 12:30']);
    expect(add.err).toBe('');
    expect(add.code).toBe(0);
    const log = JSON.parse((await run(ctx, ['log', '--week', '--json'])).out) as { entries: { start: string; end: string }[] };
    expect(log.entries.map((e) => [e.start, e.end])).toEqual([['2026-11-30T08:00:00Z', '2026-11-30T11:30:00Z']]);
  });
});
