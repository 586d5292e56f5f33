// Real exports from other projects' test suites (../shared/corpus/ics): every file imports or is
// refused with a message, and for fourteen of them the instances in a range are derived by hand.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { ROOT } from '../helpers/cli.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'ics');
const present = existsSync(CORPUS);
if (!present) console.warn(`calendar corpus tests skipped: ${CORPUS} is missing (CI provides ../shared/corpus next to the repo)`);

const files = present ? readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ics')).sort() : [];

async function berlinCtx(): Promise<TestCtx> {
  const ctx = testCtx({ now: '2026-11-27T10:00:00Z' });
  expect(await main(['config', 'set', 'tz', 'Europe/Berlin'], ctx)).toBe(0);
  expect(await main(['config', 'set', 'me.emails', 'me@example.com'], ctx)).toBe(0);
  ctx.stdout.length = 0;
  return ctx;
}

interface Json {
  uid: string;
  title: string;
  start: string;
  end: string;
  hours: number;
  counted: boolean;
  reason: string | null;
}

async function events(file: string, since: string, until: string): Promise<Json[]> {
  const ctx = await berlinCtx();
  const code = await main(['calendar', 'events', join(CORPUS, file), '--since', since, '--until', until, '--all', '--json'], ctx);
  expect(code, ctx.stderr.join('')).toBe(0);
  return JSON.parse(ctx.stdout.join('')) as Json[];
}

const sum = (list: Json[]): number => Math.round(list.reduce((s, m) => s + m.hours, 0) * 10000) / 10000;
const counted = (list: Json[]): Json[] => list.filter((m) => m.counted);

describe.skipIf(!present)('the ics corpus', () => {
  it.each(files)('%s imports, or is refused with a message', async (file) => {
    const ctx = await berlinCtx();
    const code = await main(['calendar', 'import', join(CORPUS, file), '--name', basename(file, '.ics').replace(/[^A-Za-z0-9._-]/g, '-')], ctx);
    if (code === 0) expect(ctx.stdout.join('')).toMatch(/^Imported calendar "/);
    else {
      expect(code).toBe(2);
      expect(ctx.stderr.join('')).toMatch(/^tt: .+/);
    }
    // Whatever was imported expands over a wide range without error.
    expect(await main(['calendar', 'events', '--since', '2000-01-01', '--until', '2030-12-31', '--json'], ctx)).toBe(0);
  });

  // All expectations below are in Europe/Berlin days (config tz), ranges inclusive.

  it('ms_timezones (Exchange, Windows zone names): one counted meeting, ten transparent ones', async () => {
    // Week 2020-09-07..13. "test": W. Europe Standard Time 09:00-09:30 CEST on the 10th = 07:00Z, 0.5 h.
    // "Log Yesterday's Jira time" (MO-SA, TRANSPARENT) has 6 instances; "Not the actual summary either"
    // (TU,TH,FR,SU 12:00 Pacific = 19:00Z, TRANSPARENT) has 4: both left out as transparent.
    const list = await events('node-ical/ms_timezones.ics', '2020-09-07', '2020-09-13');
    expect(counted(list).map((m) => [m.title, m.start, m.hours])).toEqual([['test', '2020-09-10T07:00:00Z', 0.5]]);
    expect(list.filter((m) => m.reason === 'transparent').length).toBe(10);
  });

  it('office_356_custom_timezone (Exchange): 51 meetings, 51 hours over the whole series', async () => {
    // "Wstępna akceptacja": every 2nd Tuesday 15:00-16:00 from 2024-05-21 until 2026-05-05 (714 days,
    // 52 instances) less 2 EXDATEs = 50; "Zajęty": UNTIL equals its DTSTART, so 1. All 1 h.
    const list = await events('allenporter-ical/office_356_custom_timezone.ics', '2024-01-01', '2026-12-31');
    expect(counted(list).length).toBe(51);
    expect(sum(counted(list))).toBe(51);
    expect(list.find((m) => m.start.startsWith('2024-12-31'))).toBeUndefined(); // an EXDATE
  });

  it("bad_ms_tz (Exchange 'Customized Time Zone' with US rules): TU/TH 10:35-11:50 across the US DST end", async () => {
    // 2020-10-26..11-08: Tue 27, Thu 29 at 10:35 EDT (14:35Z); Tue 3, Thu 5 Nov at 10:35 EST (15:35Z). 4 x 1.25 h.
    const list = await events('node-ical/bad_ms_tz.ics', '2020-10-26', '2020-11-08');
    expect(list.map((m) => m.start)).toEqual(['2020-10-27T14:35:00Z', '2020-10-29T14:35:00Z', '2020-11-03T15:35:00Z', '2020-11-05T15:35:00Z']);
    expect(sum(list)).toBe(5);
  });

  it('Office-2012-owa (OWA display names as TZIDs): six meetings, 9 hours', async () => {
    // "(GMT+10:00) Canberra..." 13:30 AEDT on 10-28 = 02:30Z; "(UTC-05:00) Eastern Time" 13:30 EDT on
    // 10-28 = 17:30Z; on 11-02 (after the US change) 13:30 EST = 18:30Z for TEST 3 and TEST2's DTSTART,
    // then TEST2 on Thu 5 and Fri 6. Each 1.5 h.
    const list = await events('node-ical/Office-2012-owa.ics', '2020-10-26', '2020-11-08');
    expect(list.map((m) => m.start)).toEqual(['2020-10-28T02:30:00Z', '2020-10-28T17:30:00Z', '2020-11-02T18:30:00Z', '2020-11-02T18:30:00Z', '2020-11-05T18:30:00Z', '2020-11-06T18:30:00Z']);
    expect(sum(counted(list))).toBe(9);
  });

  it('each_week_but_one_deleted (DST and an EXDATE in UTC): 7 of 8 weekly instances', async () => {
    // Mondays 00:30 Berlin from 2019-03-04, COUNT=8; EXDATE 2019-03-10T23:30Z is the 11th. 7 x 0.5 h.
    // After 31 March the same 00:30 is 22:30Z the day before.
    const list = await events('recurring-ical-events/each_week_but_one_deleted.ics', '2019-03-01', '2019-04-30');
    expect(list.length).toBe(7);
    expect(sum(list)).toBe(3.5);
    expect(list.map((m) => m.start)).toContain('2019-03-31T22:30:00Z');
  });

  it('issue_48_dst (Chicago series over the US DST end): Event#4 on two Fridays', async () => {
    // Weekly Friday 14:15-14:30 Chicago; 2020-10-19..11-15 has Fridays 23 Oct (EXDATE), 30 Oct (CDT,
    // 19:15Z), 6 Nov (EXDATE), 13 Nov (CST, 20:15Z).
    const list = (await events('recurring-ical-events/issue_48_dst.ics', '2020-10-19', '2020-11-15')).filter((m) => m.uid === 'm4dpn70@google.com');
    expect(list.map((m) => [m.start, m.hours])).toEqual([['2020-10-30T19:15:00Z', 0.25], ['2020-11-13T20:15:00Z', 0.25]]);
  });

  it('dst-transition-rules (indented first line, floating time): read in the user zone', async () => {
    // DTSTART has no TZID, so 10:00 is Berlin time (CEST): 08:00Z, 1 h.
    const list = await events('node-ical/dst-transition-rules.ics', '2022-10-09', '2022-10-09');
    expect(list.map((m) => [m.title, m.start, m.hours])).toEqual([['Morgendienst', '2022-10-09T08:00:00Z', 1]]);
  });

  it('event_rrule_recuid_cancelled (moved and cancelled instances): 5 counted, 25 hours', async () => {
    // Mondays 07:00-12:00 Berlin, 2014-06-30 until 08-06: 6 instances. 7 July moved to 09:00-14:00,
    // 14 July cancelled (left out).
    const list = await events('khal/event_rrule_recuid_cancelled.ics', '2014-06-01', '2014-08-31');
    expect(counted(list).length).toBe(5);
    expect(sum(counted(list))).toBe(25);
    expect(list.find((m) => m.start === '2014-07-07T07:00:00Z')?.hours).toBe(5);
    expect(list.filter((m) => !m.counted).map((m) => [m.start, m.reason])).toEqual([['2014-07-14T05:00:00Z', 'cancelled']]);
  });

  it('issue_18_cancel_status: 2 of 3 daily instances count', async () => {
    // Daily 22:00-23:00 Berlin 28-30 Jan 2020; the 29th is a CANCELLED override.
    const list = await events('recurring-ical-events/issue_18_cancel_status.ics', '2020-01-27', '2020-02-02');
    expect(counted(list).map((m) => m.start)).toEqual(['2020-01-28T21:00:00Z', '2020-01-30T21:00:00Z']);
    expect(sum(counted(list))).toBe(2);
  });

  it('issue_62_moved_event (override listed before its master, moved two weeks earlier)', async () => {
    // Monthly last Friday 21:30; the 31 Dec 2021 instance is moved to 17 Dec. December then has only
    // the 17th. The series is TRANSPARENT and zero-length: left out.
    const list = await events('recurring-ical-events/issue_62_moved_event.ics', '2021-12-01', '2021-12-31');
    expect(list.map((m) => [m.start, m.reason])).toEqual([['2021-12-17T20:30:00Z', 'transparent']]);
  });

  it('recurring_with_single_change (an edited title): 3 daily meetings, 3 hours', async () => {
    // Daily 10:00-11:00 New York (EST, 15:00Z) 1-3 Feb 2026; the 2nd is retitled.
    const list = await events('allenporter-ical/recurring_with_single_change.ics', '2026-02-01', '2026-02-07');
    expect(list.map((m) => [m.title, m.start])).toEqual([['Initial Title', '2026-02-01T15:00:00Z'], ['Edited Title', '2026-02-02T15:00:00Z'], ['Initial Title', '2026-02-03T15:00:00Z']]);
    expect(sum(list)).toBe(3);
  });

  it('issue_75_range_parameter (RANGE=THISANDFUTURE twice): later instances follow the latest override', async () => {
    // Every 2nd day 12:00-14:00Z from 1 Sep 2024. From the 13th: 09:00-16:00Z (7 h); from the 21st
    // (moved to the 22nd 14:22-16:13Z, 1.85 h) every later one shifts by 26h22m. 16-24 Sep Berlin:
    // 17th and 19th at 09:00Z (7 h each), 22nd and 24th at 14:22Z (1.85 h each).
    const list = await events('recurring-ical-events/issue_75_range_parameter.ics', '2024-09-16', '2024-09-24');
    expect(list.map((m) => [m.start, m.hours])).toEqual([['2024-09-17T09:00:00Z', 7], ['2024-09-19T09:00:00Z', 7], ['2024-09-22T14:22:00Z', 1.85], ['2024-09-24T14:22:00Z', 1.85]]);
    expect(sum(list)).toBe(17.7);
  });

  it('tz_windows_format (Windows name with a contradictory VTIMEZONE): the tz database wins', async () => {
    // "New Zealand Standard Time" is Pacific/Auckland: 13:00 NZDT (+13) on 20 Nov 2019 = 00:00Z, 1.5 h.
    const list = await events('khal/tz_windows_format.ics', '2019-11-19', '2019-11-21');
    expect(list.map((m) => [m.start, m.hours])).toEqual([['2019-11-20T00:00:00Z', 1.5]]);
  });

  it('issue_165_missing_event (spaces inside BYDAY): the weekday series is read', async () => {
    // DAILY;BYDAY=MO, TU, WE, TH, FR from Fri 3 Jul 2015 10:00 (VTIMEZONE +01/+02: 08:00Z) until 22 Jul:
    // 3, 6-10, 13-17, 20-22 July = 14 instances of 0.5 h.
    const list = await events('icalendar/issue_165_missing_event.ics', '2015-07-01', '2015-07-31');
    expect(list.length).toBe(14);
    expect(sum(list)).toBe(7);
  });
});
