// Calendar exports from other projects' test suites, and files written for tt in the shape of the
// copyleft ones (test/fixtures/corpus/ics; SOURCES.md there names each): every file imports or is
// refused with a message, and for twenty of them the instances in a range are derived by hand.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { corpusFile } from '../helpers/corpus.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';

const CORPUS = corpusFile('ics');
const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ics')).sort();

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

describe('the ics corpus', () => {
  it('holds the forty files SOURCES.md lists', () => {
    expect(files).toHaveLength(40);
  });

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

  it('weekly-berlin-dst-exdate-utc (DST and an EXDATE in UTC): 7 of 8 weekly instances', async () => {
    // Tuesdays 00:15-01:00 Berlin from 2025-03-04, COUNT=8 (4, 11, 18, 25 Mar, 1, 8, 15, 22 Apr);
    // EXDATE 2025-03-17T23:15Z is 00:15 CET on the 18th. 7 x 0.75 h. Before 30 March 00:15 CET is
    // 23:15Z the day before; after it, 00:15 CEST is 22:15Z.
    const list = await events('tt/weekly-berlin-dst-exdate-utc.ics', '2025-03-01', '2025-04-30');
    expect(list.length).toBe(7);
    expect(sum(list)).toBe(5.25);
    expect(list.map((m) => m.start)).toContain('2025-03-24T23:15:00Z');
    expect(list.map((m) => m.start)).toContain('2025-03-31T22:15:00Z');
    expect(list.map((m) => m.start)).not.toContain('2025-03-17T23:15:00Z');
  });

  it('google-chicago-dst (Chicago series over the US DST end): Journal club on three Wednesdays', async () => {
    // Weekly Wednesday 16:00-16:45 Chicago; 2021-10-25..11-21 has Wednesdays 27 Oct (CDT, 21:00Z),
    // 3 Nov (CDT, 21:00Z), 10 Nov (EXDATE), 17 Nov (CST after 7 Nov, 22:00Z).
    const list = (await events('tt/google-chicago-dst.ics', '2021-10-25', '2021-11-21')).filter((m) => m.uid === 'q7wed@google.com');
    expect(list.map((m) => [m.start, m.hours])).toEqual([['2021-10-27T21:00:00Z', 0.75], ['2021-11-03T21:00:00Z', 0.75], ['2021-11-17T22:00:00Z', 0.75]]);
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

  it('daily-cancelled-override: 2 of 3 daily instances count', async () => {
    // Daily 07:30-08:15 Berlin (CET, 06:30Z) 9-11 Nov 2021; the 10th is a CANCELLED override.
    const list = await events('tt/daily-cancelled-override.ics', '2021-11-08', '2021-11-14');
    expect(counted(list).map((m) => m.start)).toEqual(['2021-11-09T06:30:00Z', '2021-11-11T06:30:00Z']);
    expect(sum(counted(list))).toBe(1.5);
    expect(list.filter((m) => !m.counted).map((m) => [m.start, m.reason])).toEqual([['2021-11-10T06:30:00Z', 'cancelled']]);
  });

  it('google-moved-before-master (override listed before its master, moved two weeks earlier)', async () => {
    // Monthly last Thursday 19:00; the 30 Nov 2023 instance is moved to 16 Nov (19:00 CET = 18:00Z).
    // November then has only the 16th. The series is TRANSPARENT and zero-length: left out.
    const list = await events('tt/google-moved-before-master.ics', '2023-11-01', '2023-11-30');
    expect(list.map((m) => [m.start, m.reason])).toEqual([['2023-11-16T18:00:00Z', 'transparent']]);
  });

  it('recurring_with_single_change (an edited title): 3 daily meetings, 3 hours', async () => {
    // Daily 10:00-11:00 New York (EST, 15:00Z) 1-3 Feb 2026; the 2nd is retitled.
    const list = await events('allenporter-ical/recurring_with_single_change.ics', '2026-02-01', '2026-02-07');
    expect(list.map((m) => [m.title, m.start])).toEqual([['Initial Title', '2026-02-01T15:00:00Z'], ['Edited Title', '2026-02-02T15:00:00Z'], ['Initial Title', '2026-02-03T15:00:00Z']]);
    expect(sum(list)).toBe(3);
  });

  it('range-thisandfuture (RANGE=THISANDFUTURE twice): later instances follow the latest override', async () => {
    // Every 3rd day 08:00-09:30Z from 3 Mar 2025, plus an RDATE on the 10th at 12:00Z (1.5 h). The 9th
    // alone moves to 13:00-15:00Z (2 h). From the 12th: 07:00-11:00Z (4 h). From the 21st (moved to
    // the 22nd 10:00-11:30Z) every later one shifts by 26 h and lasts 1.5 h. 9-28 Mar Berlin:
    // 9th 2 h, 10th 1.5 h, 12th, 15th, 18th 4 h each, 22nd, 25th, 28th 1.5 h each = 20 h.
    const list = await events('tt/range-thisandfuture.ics', '2025-03-09', '2025-03-28');
    expect(list.map((m) => [m.start, m.hours])).toEqual([
      ['2025-03-09T13:00:00Z', 2],
      ['2025-03-10T12:00:00Z', 1.5],
      ['2025-03-12T07:00:00Z', 4],
      ['2025-03-15T07:00:00Z', 4],
      ['2025-03-18T07:00:00Z', 4],
      ['2025-03-22T10:00:00Z', 1.5],
      ['2025-03-25T10:00:00Z', 1.5],
      ['2025-03-28T10:00:00Z', 1.5],
    ]);
    expect(sum(list)).toBe(20);
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

  it('exchange-undefined-tzid (Europe/Berlin used but not defined, folded values, floating UNTIL)', async () => {
    // Daily 08:30-09:15 Berlin (CEST, 06:30Z) from Mon 14 June 2021 until floating 18 June 00:00, so
    // the 14th to the 17th; the UTC EXDATE 06:30Z on the 16th removes one. 3 x 0.75 h.
    const list = await events('tt/exchange-undefined-tzid.ics', '2021-06-13', '2021-06-20');
    expect(list.map((m) => [m.start, m.hours])).toEqual([['2021-06-14T06:30:00Z', 0.75], ['2021-06-15T06:30:00Z', 0.75], ['2021-06-17T06:30:00Z', 0.75]]);
  });

  it('exchange-allday-biweekly-moved (a date-time RECURRENCE-ID moves an all-day instance)', async () => {
    // "Glass recycling" every 2nd Tuesday from 1 Mar 2022; the 29 March instance (RECURRENCE-ID
    // 20220329T000000 in GMT Standard Time) moves to Wednesday 30 March, a Berlin day starting at
    // 22:00Z (CEST). "Paper bin" falls on 22 March and 5 April, outside. All-day: not counted.
    const list = await events('tt/exchange-allday-biweekly-moved.ics', '2022-03-28', '2022-04-03');
    expect(list.map((m) => [m.title, m.start, m.reason])).toEqual([['Glass recycling', '2022-03-29T22:00:00Z', 'all-day']]);
  });

  it('google-berlin-dst-mixed (Google export over the EU DST start): 11 hours in two weeks', async () => {
    // 20 Mar-2 Apr 2023. "Offene Werkstatt" MO,WE 15:00-17:00 Berlin (COUNT=6 from 13 Mar): 20, 22 Mar
    // at 14:00Z (CET), 27, 29 Mar at 13:00Z (CEST after 26 Mar). "Schulklasse" Thursdays 09:00-12:00:
    // 23 Mar is an EXDATE, 30 Mar is moved to Fri 31 Mar 10:00-13:00 (08:00Z). 4 x 2 h + 3 h = 11 h.
    // The two-day "Frühjahrsmarkt" (25-26 Mar) is all-day, left out.
    const list = await events('tt/google-berlin-dst-mixed.ics', '2023-03-20', '2023-04-02');
    expect(counted(list).map((m) => [m.start, m.hours])).toEqual([
      ['2023-03-20T14:00:00Z', 2],
      ['2023-03-22T14:00:00Z', 2],
      ['2023-03-27T13:00:00Z', 2],
      ['2023-03-29T13:00:00Z', 2],
      ['2023-03-31T08:00:00Z', 3],
    ]);
    expect(sum(counted(list))).toBe(11);
    expect(list.filter((m) => !m.counted).map((m) => [m.title, m.reason])).toEqual([['Frühjahrsmarkt', 'all-day']]);
  });

  it('windows-tzid-trailing-colon (a TZID with a trailing colon; the last instance equals UNTIL)', async () => {
    // Wednesdays 09:00-10:00 Eastern (EST, 14:00Z) from 5 Jan 2022; UNTIL 2022-03-09T14:00Z is exactly
    // the tenth start, which counts: 5, 12, 19, 26 Jan, 2, 9, 16, 23 Feb, 2, 9 Mar.
    const list = await events('tt/windows-tzid-trailing-colon.ics', '2022-01-01', '2022-03-31');
    expect(list.length).toBe(10);
    expect(list.at(-1)?.start).toBe('2022-03-09T14:00:00Z');
    expect(sum(list)).toBe(10);
  });

  it('zimbra-rdate-period (RDATEs of three kinds, overrides by TZID and by UTC, an EXDATE after DST)', async () => {
    // Second Wednesday 13:00-14:00 Denver (MST, 20:00Z) from 8 Jan 2014. 8 Jan is moved to 15:00
    // (22:00Z); RDATE 20 Jan 20:00Z (1 h); RDATE PERIOD 25 Jan 16:00-17:30Z (1.5 h); RDATEs 5 and 15
    // Feb 13:00 MST (20:00Z); 12 Feb (RECURRENCE-ID 20:00Z) is moved to 13 Feb 09:00 MST (16:00Z); 12
    // March 13:00 MDT is an EXDATE. 1 + 1 + 1.5 + 1 + 1 + 1 = 6.5 h.
    const list = await events('tt/zimbra-rdate-period.ics', '2014-01-01', '2014-03-31');
    expect(list.map((m) => [m.start, m.hours])).toEqual([
      ['2014-01-08T22:00:00Z', 1],
      ['2014-01-20T20:00:00Z', 1],
      ['2014-01-25T16:00:00Z', 1.5],
      ['2014-02-05T20:00:00Z', 1],
      ['2014-02-13T16:00:00Z', 1],
      ['2014-02-15T20:00:00Z', 1],
    ]);
    expect(sum(list)).toBe(6.5);
  });

  it('apple-timelog-midnight (a calendar used as a time log, Lisbon and Berlin, across midnight)', async () => {
    // Lisbon (WET = UTC) 7 Feb 08:30-17:45 (9.25 h) and 8 Feb 09:00-18:00 (9 h); Berlin (CET) 9 Feb
    // 20:00 to 10 Feb 04:30 (8.5 h) and 10 Feb 21:00 to 11 Feb 05:00 (8 h). 34.75 h.
    const list = await events('tt/apple-timelog-midnight.ics', '2022-02-07', '2022-02-11');
    expect(list.map((m) => [m.title, m.start, m.end])).toEqual([
      ['#GreenhouseSensors', '2022-02-07T08:30:00Z', '2022-02-07T17:45:00Z'],
      ['#GreenhouseSensors', '2022-02-08T09:00:00Z', '2022-02-08T18:00:00Z'],
      ['#BoilerAudit', '2022-02-09T19:00:00Z', '2022-02-10T03:30:00Z'],
      ['#BoilerAudit', '2022-02-10T20:00:00Z', '2022-02-11T04:00:00Z'],
    ]);
    expect(sum(list)).toBe(34.75);
  });
});
