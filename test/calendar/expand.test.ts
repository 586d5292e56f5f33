// Reading and expanding whole calendars: series, exceptions, overrides, zones, clipping.
import { describe, expect, it } from 'vitest';
import { meetingsFromSources } from '../../src/calendar/load.ts';
import { isoUtc } from '../../src/core/time.ts';

const cal = (...lines: string[]): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
const ev = (...lines: string[]): string[] => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];

async function read(text: string, from: string, to: string, opts: { tz?: string; myEmails?: string[] } = {}) {
  const r = await meetingsFromSources([{ calendar: 'work', file: 'work.ics', text }], {
    window: { start: Date.parse(from), end: Date.parse(to) },
    tz: opts.tz ?? 'Europe/Berlin',
    clients: [{ name: 'acme', meetings: ['acme'], domains: [], calendars: [] }],
    myEmails: opts.myEmails ?? ['me@example.com'],
  });
  return { ...r, spans: r.meetings.map((m) => `${isoUtc(m.start)} ${isoUtc(m.end)} ${m.title}${m.counted ? '' : ` (${m.reason})`}`) };
}

describe('series', () => {
  it('keeps the local hour of a weekly series across the DST change (09:00 Berlin is 08:00Z, then 07:00Z)', async () => {
    const r = await read(cal(...ev('UID:w', 'SUMMARY:Standup', 'DTSTART;TZID=Europe/Berlin:20260316T090000', 'DTEND;TZID=Europe/Berlin:20260316T093000', 'RRULE:FREQ=WEEKLY')), '2026-03-16T00:00:00Z', '2026-04-06T00:00:00Z');
    expect(r.spans).toEqual([
      '2026-03-16T08:00:00Z 2026-03-16T08:30:00Z Standup',
      '2026-03-23T08:00:00Z 2026-03-23T08:30:00Z Standup',
      '2026-03-30T07:00:00Z 2026-03-30T07:30:00Z Standup',
    ]);
    expect(r.meetings[2]!.recurrenceId).toBe('2026-03-30T07:00:00Z');
  });

  it('applies EXDATE, RDATE and an RDATE PERIOD with its own length', async () => {
    const r = await read(cal(...ev('UID:d', 'SUMMARY:Daily', 'DTSTART:20260601T100000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=3', 'EXDATE:20260602T100000Z', 'RDATE:20260610T150000Z', 'RDATE;VALUE=PERIOD:20260611T090000Z/20260611T123000Z')), '2026-06-01T00:00:00Z', '2026-06-30T00:00:00Z');
    expect(r.spans).toEqual([
      '2026-06-01T10:00:00Z 2026-06-01T11:00:00Z Daily',
      '2026-06-03T10:00:00Z 2026-06-03T11:00:00Z Daily',
      '2026-06-10T15:00:00Z 2026-06-10T16:00:00Z Daily',
      '2026-06-11T09:00:00Z 2026-06-11T12:30:00Z Daily',
    ]);
  });

  it('replaces a moved instance and marks a cancelled one, even when the overrides come before the master', async () => {
    const r = await read(cal(
      ...ev('UID:s', 'SUMMARY:Sync moved', 'RECURRENCE-ID;TZID=Europe/Berlin:20260602T140000', 'DTSTART;TZID=Europe/Berlin:20260602T160000', 'DTEND;TZID=Europe/Berlin:20260602T170000'),
      ...ev('UID:s', 'SUMMARY:Sync', 'RECURRENCE-ID:20260603T120000Z', 'STATUS:CANCELLED', 'DTSTART:20260603T120000Z', 'DTEND:20260603T130000Z'),
      ...ev('UID:s', 'SUMMARY:Sync', 'DTSTART;TZID=Europe/Berlin:20260601T140000', 'DTEND;TZID=Europe/Berlin:20260601T150000', 'RRULE:FREQ=DAILY;COUNT=4'),
    ), '2026-06-01T00:00:00Z', '2026-06-08T00:00:00Z');
    expect(r.spans).toEqual([
      '2026-06-01T12:00:00Z 2026-06-01T13:00:00Z Sync',
      '2026-06-02T14:00:00Z 2026-06-02T15:00:00Z Sync moved',
      '2026-06-03T12:00:00Z 2026-06-03T13:00:00Z Sync (cancelled)',
      '2026-06-04T12:00:00Z 2026-06-04T13:00:00Z Sync',
    ]);
    expect(r.meetings[1]!.recurrenceId).toBe('2026-06-02T12:00:00Z');
  });

  it('re-times every later instance after a RANGE=THISANDFUTURE override', async () => {
    // Daily 12:00Z for 1 h; from the 3rd on, 09:00Z for 3 h, titled "Later".
    const r = await read(cal(
      ...ev('UID:t', 'SUMMARY:Early', 'DTSTART:20260601T120000Z', 'DTEND:20260601T130000Z', 'RRULE:FREQ=DAILY;COUNT=5'),
      ...ev('UID:t', 'SUMMARY:Later', 'RECURRENCE-ID;RANGE=THISANDFUTURE:20260603T120000Z', 'DTSTART:20260603T090000Z', 'DTEND:20260603T120000Z'),
    ), '2026-06-01T00:00:00Z', '2026-06-08T00:00:00Z');
    expect(r.spans).toEqual([
      '2026-06-01T12:00:00Z 2026-06-01T13:00:00Z Early',
      '2026-06-02T12:00:00Z 2026-06-02T13:00:00Z Early',
      '2026-06-03T09:00:00Z 2026-06-03T12:00:00Z Later',
      '2026-06-04T09:00:00Z 2026-06-04T12:00:00Z Later',
      '2026-06-05T09:00:00Z 2026-06-05T12:00:00Z Later',
    ]);
  });
});

describe('instances and the window', () => {
  it('clips a meeting that overlaps the window edge, and counts only the part inside', async () => {
    const r = await read(cal(...ev('UID:c', 'SUMMARY:acme late call', 'DTSTART:20260601T213000Z', 'DTEND:20260601T230000Z')), '2026-06-01T22:00:00Z', '2026-06-02T22:00:00Z');
    expect(r.meetings).toMatchObject([{ start: Date.parse('2026-06-01T22:00:00Z'), end: Date.parse('2026-06-01T23:00:00Z'), hours: 1, client: 'acme' }]);
  });

  it("reads floating times in the user's zone", async () => {
    const r = await read(cal(...ev('UID:f', 'SUMMARY:Local', 'DTSTART:20260601T090000', 'DTEND:20260601T100000')), '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z', { tz: 'America/New_York' });
    expect(r.spans).toEqual(['2026-06-01T13:00:00Z 2026-06-01T14:00:00Z Local']);
  });

  it('marks all-day, transparent and declined events as left out, and tentative ones as counted', async () => {
    const r = await read(cal(
      ...ev('UID:1', 'SUMMARY:Holiday', 'DTSTART;VALUE=DATE:20260601', 'DTEND;VALUE=DATE:20260602'),
      ...ev('UID:2', 'SUMMARY:Focus', 'TRANSP:TRANSPARENT', 'DTSTART:20260601T080000Z', 'DTEND:20260601T090000Z'),
      ...ev('UID:3', 'SUMMARY:Skip', 'ATTENDEE;PARTSTAT=DECLINED:mailto:ME@example.com', 'DTSTART:20260601T100000Z', 'DTEND:20260601T110000Z'),
      ...ev('UID:4', 'SUMMARY:Maybe', 'STATUS:TENTATIVE', 'DTSTART:20260601T120000Z', 'DTEND:20260601T130000Z'),
    ), '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z', { tz: 'UTC' });
    expect(r.meetings.map((m) => [m.title, m.counted, m.reason, m.status])).toEqual([
      ['Holiday', false, 'all-day', 'confirmed'],
      ['Focus', false, 'transparent', 'confirmed'],
      ['Skip', false, 'declined', 'confirmed'],
      ['Maybe', true, null, 'tentative'],
    ]);
  });

  it('keeps the newest copy of an event sent several times (highest SEQUENCE) and reports the older one', async () => {
    const r = await read(cal(
      ...ev('UID:u', 'SEQUENCE:2', 'SUMMARY:New time', 'DTSTART:20260601T150000Z', 'DTEND:20260601T160000Z'),
      ...ev('UID:u', 'SEQUENCE:1', 'SUMMARY:Old time', 'DTSTART:20260601T090000Z', 'DTEND:20260601T100000Z'),
    ), '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z');
    expect(r.spans).toEqual(['2026-06-01T15:00:00Z 2026-06-01T16:00:00Z New time']);
    expect(r.warnings).toEqual(['work.ics:10: "Old time" is an older copy of the event at line 3 (same UID); it was left out']);
  });

  it('drops an older copy in the window when the newer copy was moved far away', async () => {
    const r = await read(cal(
      ...ev('UID:u', 'SEQUENCE:1', 'SUMMARY:Old time', 'DTSTART:20260601T090000Z', 'DTEND:20260601T100000Z'),
      ...ev('UID:u', 'SEQUENCE:2', 'SUMMARY:Next month', 'DTSTART:20260701T090000Z', 'DTEND:20260701T100000Z'),
    ), '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z');
    expect(r.spans).toEqual([]);
    expect(r.warnings).toEqual(['work.ics:3: "Old time" is an older copy of the event at line 10 (same UID); it was left out']);
  });

  it('keeps line numbers of the events after far ones it did not read', async () => {
    const r = await read(cal(
      ...ev('UID:far', 'SUMMARY:Last year', 'DTSTART:20250601T090000Z', 'DTEND:20250601T100000Z'),
      ...ev('UID:near', 'SUMMARY:No end', 'DTSTART:20260601T090000Z', 'DTEND:garbage'),
    ), '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z');
    expect(r.warnings).toEqual(['work.ics:13: unreadable DTEND value "garbage"']);
  });

  it("reads Google's UTC times as wall times in X-WR-TIMEZONE, so a series keeps its local hour", async () => {
    // 15:00Z on Monday 2026-03-23 is 16:00 in Berlin; a week later, after DST, 16:00 Berlin is 14:00Z.
    const r = await read(cal('X-WR-TIMEZONE:Europe/Berlin', ...ev('UID:g', 'SUMMARY:G', 'DTSTART:20260323T150000Z', 'DTEND:20260323T160000Z', 'RRULE:FREQ=WEEKLY;COUNT=2')), '2026-03-01T00:00:00Z', '2026-04-30T00:00:00Z');
    expect(r.spans).toEqual(['2026-03-23T15:00:00Z 2026-03-23T16:00:00Z G', '2026-03-30T14:00:00Z 2026-03-30T15:00:00Z G']);
  });

  it('warns with the line for what it skips and still reads the rest', async () => {
    const r = await read(cal(
      ...ev('UID:bad', 'SUMMARY:No start'),
      ...ev('UID:rule', 'SUMMARY:Bad rule', 'DTSTART:20260601T090000Z', 'DTEND:20260601T093000Z', 'RRULE:FREQ=SOMETIMES'),
    ), '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z');
    expect(r.spans).toEqual(['2026-06-01T09:00:00Z 2026-06-01T09:30:00Z Bad rule']);
    expect(r.warnings).toEqual([
      'work.ics:3: event skipped: it has no DTSTART',
      'work.ics:12: recurrence rule has no valid FREQ: "FREQ=SOMETIMES"; read as a single event',
    ]);
  });
});

describe('recurrence bombs', () => {
  it('answers a week of an unbounded minutely series begun in 2010 by skipping ahead', async () => {
    const r = await read(cal(...ev('UID:m', 'SUMMARY:Tick', 'DTSTART:20100101T000000Z', 'DURATION:PT1M', 'RRULE:FREQ=MINUTELY')), '2026-06-01T00:00:00Z', '2026-06-01T01:00:00Z');
    expect(r.meetings.length).toBe(60);
    expect(r.warnings).toEqual([]);
  });

  it('stops a rule that cannot skip ahead at 200,000 iterations with a warning', async () => {
    // BYSECOND keeps the rule on ical.js's iterator, which walks from 2010 one second at a time.
    const r = await read(cal(...ev('UID:b', 'SUMMARY:Bomb', 'DTSTART:20100101T000000Z', 'DURATION:PT1S', 'RRULE:FREQ=SECONDLY;BYSECOND=0,30')), '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z');
    expect(r.meetings).toEqual([]);
    expect(r.warnings).toEqual(['work.ics:3: "Bomb": this series stopped after 200000 iterations; later instances are left out (narrow the range)']);
  });
});
