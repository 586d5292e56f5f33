// tt calendar import|list|events|untagged through the built binary, the way a user runs them.
import { statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, tt, ttEnv, ttJson, type TtEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

// Thursday 2026-11-26 in Berlin; "this week" is Mon 23 .. Sun 29 November.
const NOW = '2026-11-26T15:00:00Z';

function ics(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN'];
  for (const e of events) lines.push('BEGIN:VEVENT', ...e, 'END:VEVENT');
  return `${[...lines, 'END:VCALENDAR'].join('\r\n')}\r\n`;
}

const WORK = ics(
  ['UID:standup', 'SUMMARY:Acme standup', 'DTSTART;TZID=Europe/Berlin:20261123T093000', 'DTEND;TZID=Europe/Berlin:20261123T094500', 'RRULE:FREQ=DAILY;COUNT=5'],
  ['UID:review', 'SUMMARY:Design review', 'ORGANIZER:mailto:lead@globex.com', 'DTSTART:20261124T130000Z', 'DTEND:20261124T140000Z'],
  ['UID:lunch', 'SUMMARY:Lunch with Sam', 'DTSTART:20261125T110000Z', 'DTEND:20261125T120000Z'],
  ['UID:skip', 'SUMMARY:Vendor pitch', 'ATTENDEE;PARTSTAT=DECLINED:mailto:me@example.com', 'DTSTART:20261126T090000Z', 'DTEND:20261126T100000Z'],
  ['UID:maybe', 'SUMMARY:Maybe sync', 'STATUS:TENTATIVE', 'DTSTART:20261127T090000Z', 'DTEND:20261127T093000Z'],
  ['UID:holiday', 'SUMMARY:Holiday', 'DTSTART;VALUE=DATE:20261127', 'DTEND;VALUE=DATE:20261128'],
);

function setup(): { e: TtEnv; file: string } {
  const e = ttEnv({ now: NOW });
  ok(e, ['config', 'set', 'tz', 'Europe/Berlin']);
  ok(e, ['config', 'set', 'me.emails', 'me@example.com']);
  const file = join(tempDir(), 'work.ics');
  writeFileSync(file, WORK);
  return { e, file };
}

describe('tt calendar import and list', () => {
  it('copies the file into the data folder (0600), lists it, and replaces it on a second import', () => {
    const { e, file } = setup();
    expect(ok(e, ['calendar', 'import', file]).stdout).toBe(`Imported calendar "work": 6 events from ${file}.\n`);
    const stored = join(e.home, 'calendars', 'work.ics');
    expect(readFileSync(stored, 'utf8')).toBe(WORK);
    expect(statSync(stored).mode & 0o777).toBe(0o600);
    writeFileSync(file, ics(['UID:x', 'SUMMARY:Only one', 'DTSTART:20261124T080000Z', 'DTEND:20261124T090000Z']));
    expect(ok(e, ['calendar', 'import', file]).stdout).toMatch(/^Replaced calendar "work": 1 event from /);
    expect(ttJson(e, ['calendar', 'list'])).toEqual([{ name: 'work', importedAt: '2026-11-26T15:00:00Z', events: 1, source: file, warnings: [] }]);
    const index = JSON.parse(readFileSync(join(e.home, 'calendars', 'index.json'), 'utf8')) as { version: number };
    expect(index.version).toBe(1);
  });

  it('refuses a file that is no calendar: exit 2, a message, nothing imported', () => {
    const { e } = setup();
    const notes = join(tempDir(), 'notes.ics');
    writeFileSync(notes, 'shopping list\nmilk\n');
    const r = tt(e, ['calendar', 'import', notes]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`tt: ${notes} is not a calendar; nothing was imported`);
    expect(ok(e, ['calendar', 'list']).stdout).toContain('No calendars yet');
  });

  it('refuses a missing file and a bad name with exit 2', () => {
    const { e, file } = setup();
    expect(tt(e, ['calendar', 'import', '/nonexistent/x.ics']).stderr).toContain('cannot read /nonexistent/x.ics: no such file');
    const r = tt(e, ['calendar', 'import', file, '--name', '../evil']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--name: "../evil" is not a calendar name');
  });

  it('warns with file and line for skipped lines; --strict refuses the file instead', () => {
    const { e } = setup();
    const bad = join(tempDir(), 'bad.ics');
    writeFileSync(bad, 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    const strict = tt(e, ['calendar', 'import', bad, '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain(`tt: warning: ${bad}:2: event skipped: it has no DTSTART`);
    expect(ok(e, ['calendar', 'list']).stdout).toContain('No calendars yet');
    const lenient = ok(e, ['calendar', 'import', bad]);
    expect(lenient.stderr).toBe(`tt: warning: ${bad}:2: event skipped: it has no DTSTART\n`);
  });
});

describe('tt calendar events and untagged', () => {
  it('prints counted meetings of the week as JSON, with clients from the rules', () => {
    const { e, file } = setup();
    ok(e, ['calendar', 'import', file]);
    ok(e, ['client', 'add', 'acme']);
    ok(e, ['client', 'add', 'globex', '--domain', 'globex.com']);
    ok(e, ['client', 'set', 'acme', '--meeting', 'acme|standup']);
    const list = ttJson<Record<string, unknown>[]>(e, ['calendar', 'events', '--week']);
    expect(list.map((m) => [m.title, m.start, m.hours, m.client, m.status])).toEqual([
      ['Acme standup', '2026-11-23T08:30:00Z', 0.25, 'acme', 'confirmed'],
      ['Acme standup', '2026-11-24T08:30:00Z', 0.25, 'acme', 'confirmed'],
      ['Design review', '2026-11-24T13:00:00Z', 1, 'globex', 'confirmed'],
      ['Acme standup', '2026-11-25T08:30:00Z', 0.25, 'acme', 'confirmed'],
      ['Lunch with Sam', '2026-11-25T11:00:00Z', 1, null, 'confirmed'],
      ['Acme standup', '2026-11-26T08:30:00Z', 0.25, 'acme', 'confirmed'],
      ['Acme standup', '2026-11-27T08:30:00Z', 0.25, 'acme', 'confirmed'],
      ['Maybe sync', '2026-11-27T09:00:00Z', 0.5, null, 'tentative'],
    ]);
    expect(Object.keys(list[0]!)).toEqual(['uid', 'recurrenceId', 'title', 'start', 'end', 'hours', 'client', 'status', 'calendar']);
    expect(list[0]).toMatchObject({ uid: 'standup', recurrenceId: '2026-11-23T08:30:00Z', calendar: 'work' });
  });

  it('shows what is left out and why with --all', () => {
    const { e, file } = setup();
    ok(e, ['calendar', 'import', file]);
    const all = ttJson<{ title: string; counted: boolean; reason: string | null }[]>(e, ['calendar', 'events', '--all']);
    expect(all.filter((m) => !m.counted).map((m) => [m.title, m.reason])).toEqual([['Vendor pitch', 'declined'], ['Holiday', 'all-day']]);
    expect(all.every((m) => 'counted' in m && 'reason' in m)).toBe(true);
    const text = ok(e, ['calendar', 'events', '--all']).stdout;
    expect(text).toContain('Thu 2026-11-26\n');
    expect(text).toContain('(declined)');
    expect(text).toMatch(/ {2}all day {6}24:00 {2}\(all-day\) +Holiday/);
    expect(text).toContain('Maybe sync [tentative]');
    // 5 standups of 0:15, a 1 h review, a 1 h lunch, a 0:30 tentative sync.
    expect(text).toContain('Total 3:45 in 8 meetings, 2026-11-23..2026-11-29; 2 left out\n');
  });

  it('reads files given on the command line instead of the imported calendars', () => {
    const { e, file } = setup();
    const list = ttJson<{ calendar: string }[]>(e, ['calendar', 'events', file, '--since', '2026-11-24', '--until', '2026-11-24']);
    expect(list.length).toBe(2);
    expect(list[0]!.calendar).toBe('work');
  });

  it('lists meetings no client rule claims, and a calendar rule claims a whole calendar', () => {
    const { e, file } = setup();
    ok(e, ['calendar', 'import', file]);
    ok(e, ['client', 'add', 'acme', '--meeting', 'standup']);
    expect(ttJson<{ title: string }[]>(e, ['calendar', 'untagged', '--week']).map((m) => m.title)).toEqual(['Design review', 'Lunch with Sam', 'Maybe sync']);
    expect(ok(e, ['calendar', 'untagged', '--week']).stdout).toContain('(no client)');
    ok(e, ['client', 'set', 'acme', '--calendar', 'work']);
    expect(ok(e, ['calendar', 'untagged', '--week']).stdout).toBe('Every meeting has a client from 2026-11-23 to 2026-11-29.\n');
  });

  it('refuses a bad range with exit 2', () => {
    const { e } = setup();
    const r = tt(e, ['calendar', 'events', '--since', 'someday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since: "someday" is not a day');
  });
});
