// Issue 15's defects, each from its description with a file written here, in three zones (UTC, one
// east and one west of it with DST): a calendar read by tt must put every meeting where RFC 5545 and
// the calendar's author put it, and no calendar may make another command fail.
import { describe, expect, it } from 'vitest';
import { googleIcs, ics, inZone, span, writeIcs, ZONES, type Meeting } from './helpers.ts';

/** Local wall clock of an instant in a zone, "HH:MM". */
function clock(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

describe.each(ZONES)('with tz %s', (zone) => {
  describe('1. an event too long to be a meeting', () => {
    for (const duration of ['P99999999W', 'P999999999999999999W']) {
      it(`DURATION:${duration} is skipped with a warning at import, and every later command still works`, async () => {
        const tt = await inZone(zone);
        const file = writeIcs(ics(
          ['UID:bomb', 'SUMMARY:Forever', 'DTSTART:20240101T000000Z', `DURATION:${duration}`],
          ['UID:real', 'SUMMARY:Planning', 'DTSTART:20240102T100000Z', 'DTEND:20240102T110000Z'],
        ));
        const strict = await tt.run('calendar', 'import', file, '--strict');
        expect(strict.code).toBe(2);
        expect(strict.err).toContain(`${file}:4: "Forever": event skipped`);
        const imported = await tt.ok('calendar', 'import', file);
        expect(imported.err).toContain('"Forever": event skipped: it would last more than 366 days');
        const ranges: [string, string][] = [['2024-01-01', '2024-01-07'], ['2026-06-01', '2026-06-07'], ['2000-01-01', '2030-12-31']];
        for (const [since, until] of ranges) {
          const list = await tt.json('calendar', 'events', '--since', since, '--until', until, '--all');
          expect(list.map((m) => m.title)).toEqual(since === '2026-06-01' ? [] : ['Planning']);
          await tt.ok('calendar', 'untagged', '--since', since, '--until', until);
          await tt.ok('reconcile', '--since', since, '--until', until);
          await tt.ok('review', '--since', since, '--until', until, '--json');
        }
      });
    }
  });

  describe('2. all-day values are told apart by type, not by zone', () => {
    const google = googleIcs('Europe/Berlin',
      ['UID:hol', 'SUMMARY:Company holiday', 'DTSTART;VALUE=DATE:20240610', 'DTEND;VALUE=DATE:20240611'],
      ['UID:trip', 'SUMMARY:Conference trip', 'DTSTART;VALUE=DATE:20240601', 'DTEND;VALUE=DATE:20240617'],
      ['UID:bins', 'SUMMARY:Bins out', 'DTSTART;VALUE=DATE:20240304', 'DTEND;VALUE=DATE:20240305', 'RRULE:FREQ=WEEKLY'],
      ['UID:call', 'SUMMARY:Client call', 'DTSTART:20240611T080000Z', 'DTEND:20240611T090000Z'],
    );

    it('a Google export\'s all-day events are left out as all-day, from local midnight', async () => {
      const tt = await inZone(zone);
      await tt.ok('calendar', 'import', writeIcs(google));
      const list = await tt.json('calendar', 'events', '--since', '2024-06-10', '--until', '2024-06-16', '--all');
      expect(list.filter((m) => m.counted).map((m) => [m.title, m.start, m.hours])).toEqual([['Client call', '2024-06-11T08:00:00Z', 1]]);
      const allDay = list.filter((m) => !m.counted);
      expect(allDay.map((m) => [m.title, m.reason]).sort()).toEqual([['Bins out', 'all-day'], ['Company holiday', 'all-day'], ['Conference trip', 'all-day']]);
      for (const m of allDay) expect(clock(m.start, zone)).toBe('00:00');
      expect(allDay.find((m) => m.title === 'Company holiday')!.hours).toBe(24);
      const text = (await tt.ok('calendar', 'events', '--since', '2024-06-10', '--until', '2024-06-16')).out;
      expect(text).toContain('Total 1:00 in 1 meeting,');
    });

    it('a weekly all-day series stays on local midnight across DST changes', async () => {
      const tt = await inZone(zone);
      await tt.ok('calendar', 'import', writeIcs(google));
      const bins = (await tt.json('calendar', 'events', '--since', '2024-03-04', '--until', '2024-04-14', '--all')).filter((m) => m.title === 'Bins out');
      expect(bins).toHaveLength(6);
      for (const m of bins) {
        expect(clock(m.start, zone)).toBe('00:00');
        expect(m.reason).toBe('all-day');
      }
    });
  });

  describe('3. an RDATE in another zone', () => {
    it('lands at its own instant, where an override or EXDATE naming it finds it', async () => {
      const tt = await inZone(zone);
      const la = ['DTSTART;TZID=America/Los_Angeles:20230920T100000', 'DTEND;TZID=America/Los_Angeles:20230920T110000'];
      await tt.ok('calendar', 'import', writeIcs(ics(
        ['UID:extra', 'SUMMARY:Extra', ...la, 'RDATE:20231123T090000Z', 'RDATE;TZID=Europe/Berlin:20231124T100000'],
        ['UID:moved', 'SUMMARY:Moved', ...la, 'RDATE:20231123T090000Z', 'RDATE;TZID=Europe/Berlin:20231124T100000', 'EXDATE;TZID=Europe/Berlin:20231124T100000'],
        ['UID:moved', 'SUMMARY:Moved later', 'RECURRENCE-ID:20231123T090000Z', 'DTSTART:20231123T150000Z', 'DTEND:20231123T160000Z'],
      )));
      const list = await tt.json('calendar', 'events', '--since', '2023-09-01', '--until', '2023-11-30');
      expect(list.map(span)).toEqual([
        '2023-09-20T17:00:00Z 2023-09-20T18:00:00Z Extra',
        '2023-09-20T17:00:00Z 2023-09-20T18:00:00Z Moved',
        '2023-11-23T09:00:00Z 2023-11-23T10:00:00Z Extra',
        '2023-11-23T15:00:00Z 2023-11-23T16:00:00Z Moved later',
        '2023-11-24T09:00:00Z 2023-11-24T10:00:00Z Extra',
      ]);
    });
  });

  describe('4. several RRULEs', () => {
    it('make one set: the union of every rule', async () => {
      const tt = await inZone(zone);
      await tt.ok('calendar', 'import', writeIcs(ics(
        ['UID:both', 'SUMMARY:Board', 'DTSTART:20240108T100000Z', 'DTEND:20240108T110000Z', 'RRULE:FREQ=MONTHLY;BYDAY=2MO', 'RRULE:FREQ=MONTHLY;BYMONTHDAY=13'],
      )));
      const list = await tt.json('calendar', 'events', '--since', '2024-01-01', '--until', '2024-03-31');
      expect(list.map((m) => m.start)).toEqual(['2024-01-08', '2024-01-13', '2024-02-12', '2024-02-13', '2024-03-11', '2024-03-13'].map((d) => `${d}T10:00:00Z`));
    });
  });

  describe('5. lesser defects', () => {
    it('an unknown rule part is a warning, and --strict refuses the file', async () => {
      const tt = await inZone(zone);
      const file = writeIcs(ics(['UID:u', 'SUMMARY:Sync', 'DTSTART:20190801T130000Z', 'DTEND:20190801T140000Z', 'RRULE:FREQ=WEEKLY;UNTL=20191023;BYDAY=TH']));
      const strict = await tt.run('calendar', 'import', file, '--strict');
      expect(strict.code).toBe(2);
      expect(strict.err).toContain(`${file}:9: "Sync": recurrence rule part "UNTL" is not known`);
    });

    it('DTEND before DTSTART: the two are swapped, with a warning', async () => {
      const tt = await inZone(zone);
      const r = await tt.ok('calendar', 'import', writeIcs(ics(['UID:b', 'SUMMARY:Backwards', 'DTSTART:20240611T100000Z', 'DTEND:20240611T090000Z'])));
      expect(r.err).toContain('"Backwards": it ends before it starts; read with start and end swapped');
      const list = await tt.json('calendar', 'events', '--since', '2024-06-10', '--until', '2024-06-16');
      expect(list.map((m) => [m.start, m.end, m.hours])).toEqual([['2024-06-11T09:00:00Z', '2024-06-11T10:00:00Z', 1]]);
    });

    it('an RDATE PERIOD keeps its own length, also when it starts at DTSTART', async () => {
      const tt = await inZone(zone);
      await tt.ok('calendar', 'import', writeIcs(ics(['UID:p', 'SUMMARY:Workshop', 'DTSTART:20240610T100000Z', 'DTEND:20240610T110000Z', 'RDATE;VALUE=PERIOD:20240610T100000Z/PT3H,20240612T100000Z/PT2H'])));
      const list = await tt.json('calendar', 'events', '--since', '2024-06-10', '--until', '2024-06-16');
      expect(list.map((m) => [m.start, m.hours])).toEqual([['2024-06-10T10:00:00Z', 3], ['2024-06-12T10:00:00Z', 2]]);
    });

    it('an RDATE PERIOD of DATE values is an all-day instance, not a 24-hour meeting', async () => {
      const tt = await inZone(zone);
      await tt.ok('calendar', 'import', writeIcs(ics(['UID:d', 'SUMMARY:Review', 'DTSTART:20240610T100000Z', 'DTEND:20240610T110000Z', 'RDATE;VALUE=PERIOD:20240612/20240613'])));
      const list = await tt.json('calendar', 'events', '--since', '2024-06-10', '--until', '2024-06-16', '--all');
      expect(list.map((m) => [m.counted, m.reason, m.hours])).toEqual([[true, null, 1], [false, 'all-day', 24]]);
      expect(clock(list[1]!.start, zone)).toBe('00:00');
    });

    it('an orphan THISANDFUTURE override is read with its RDATEs, with a warning', async () => {
      const tt = await inZone(zone);
      const r = await tt.ok('calendar', 'import', writeIcs(ics(['UID:o', 'SUMMARY:Orphan', 'RECURRENCE-ID;RANGE=THISANDFUTURE:20240610T100000Z', 'DTSTART:20240610T100000Z', 'DTEND:20240610T110000Z', 'RDATE;VALUE=PERIOD:20240611T100000Z/PT2H,20240612T100000Z/PT2H'])));
      expect(r.err).toContain('"Orphan": changes this and later instances of a series that is not in the file');
      const list = await tt.json('calendar', 'events', '--since', '2024-06-10', '--until', '2024-06-16');
      expect(list.map((m) => [m.start, m.hours])).toEqual([['2024-06-10T10:00:00Z', 1], ['2024-06-11T10:00:00Z', 2], ['2024-06-12T10:00:00Z', 2]]);
    });

    it('RSCALE is a warning that the series is read in the Gregorian calendar', async () => {
      const tt = await inZone(zone);
      const r = await tt.ok('calendar', 'import', writeIcs(ics(['UID:r', 'SUMMARY:Anniversary', 'DTSTART:20240610T100000Z', 'DTEND:20240610T110000Z', 'RRULE:RSCALE=HEBREW;FREQ=YEARLY'])));
      expect(r.err).toContain('"Anniversary": RSCALE=HEBREW is not supported; the series is read in the Gregorian calendar');
    });
  });

  describe('6. DTEND across a DST change', () => {
    it('every instance lasts DTEND-DTSTART as an exact duration (RFC 5545 3.8.5.3)', async () => {
      const tt = await inZone(zone);
      await tt.ok('calendar', 'import', writeIcs(ics(['UID:n', 'SUMMARY:Night shift', 'DTSTART;TZID=Europe/Berlin:20240329T220000', 'DTEND;TZID=Europe/Berlin:20240330T060000', 'RRULE:FREQ=DAILY;COUNT=3'])));
      const list: Meeting[] = await tt.json('calendar', 'events', '--since', '2024-03-29', '--until', '2024-04-01');
      expect(list.map((m) => [m.start, m.end, m.hours])).toEqual([
        ['2024-03-29T21:00:00Z', '2024-03-30T05:00:00Z', 8],
        ['2024-03-30T21:00:00Z', '2024-03-31T05:00:00Z', 8],
        ['2024-03-31T20:00:00Z', '2024-04-01T04:00:00Z', 8],
      ]);
    });
  });
});
