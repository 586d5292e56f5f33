// tt export --format ics, read back by `tt calendar events` (the same intervals and titles) and by
// ical.js directly (UID, DESCRIPTION, UTC times).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ok, ttEnv, ttJson } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { corpusFile } from '../helpers/corpus.ts';

interface LogJson {
  entries: { id: string; client: string; project: string | null; tags: string[]; note: string | null; start: string; end: string | null }[];
}
interface MeetingJson {
  uid: string;
  title: string;
  start: string;
  end: string;
}

const at = (iso: string): Record<string, string> => ({ TT_NOW: iso });

function world() {
  const e = ttEnv({ now: '2026-11-27T10:00:00Z', tz: 'Europe/Berlin' });
  ok(e, ['client', 'add', 'acme']);
  ok(e, ['client', 'add', 'globex']);
  ok(e, ['add', 'acme/web', '+bug', '+ui', '--from', '2026-11-02T09:00', '--to', '2026-11-02T11:30', '--note', 'login, page; fixed\nsecond line']);
  // Across midnight, and on the night clocks go back (01:30 CEST to 03:30 CET is 3 hours).
  ok(e, ['add', 'globex', '--from', '2026-11-04T23:00', '--to', '2026-11-05T01:15']);
  ok(e, ['add', 'globex/ops', '--from', '2026-10-25T01:30:00+02:00', '--to', '2026-10-25T03:30:00+01:00']);
  // Watson frames carry seconds.
  ok(e, ['import', 'watson', corpusFile('exports', 'watson', 'frames'), '--map', 'project1=acme', '--map', 'project2=acme', '--map', 'project3-A=acme', '--map', 'project3-B=globex', '--map', 'project4=globex']);
  // A running timer is not exported.
  ok(e, ['start', 'acme'], 0, at('2026-11-27T09:30:00Z'));
  return e;
}

function exportIcs(e: ReturnType<typeof ttEnv>, range: string[]): string {
  const text = ok(e, ['export', '--format', 'ics', ...range]).stdout;
  const file = join(tempDir(), 'tt.ics');
  writeFileSync(file, text);
  return file;
}

describe('tt export --format ics', () => {
  it('round trip: tt calendar events reads back the same intervals and titles', () => {
    const e = world();
    const range = ['--since', '2018-01-01', '--until', '2026-11-27'];
    const file = exportIcs(e, range);
    const log = ttJson<LogJson>(e, ['log', ...range]);
    const finished = log.entries.filter((x) => x.end !== null);
    expect(finished).toHaveLength(13);
    const events = ttJson<MeetingJson[]>(e, ['calendar', 'events', file, ...range]);
    const title = (x: LogJson['entries'][number]): string => [x.project ? `${x.client}/${x.project}` : x.client, ...x.tags.map((t) => `+${t}`)].join(' ');
    expect(events.map((m) => [m.uid, m.title, m.start, m.end]).sort()).toEqual(finished.map((x) => [x.id, title(x), x.start, x.end]).sort());
    expect(events.find((m) => m.title === 'globex/ops')).toMatchObject({ start: '2026-10-24T23:30:00Z', end: '2026-10-25T02:30:00Z' });
  });

  it('writes UTC times, the entry id as UID and the note as DESCRIPTION; --since/--until pick the days', () => {
    const e = world();
    const text = ok(e, ['export', '--format', 'ics', '--since', '2026-11-01', '--until', '2026-11-30']).stdout;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('DTSTART:20261102T080000Z\r\n');
    const cal = new ICAL.Component(ICAL.parse(text));
    const vevents = cal.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    const first = vevents.find((v) => v.getFirstPropertyValue('summary') === 'acme/web +bug +ui')!;
    expect(first.getFirstPropertyValue('description')).toBe('login, page; fixed\nsecond line');
    expect(String(first.getFirstPropertyValue('dtstamp'))).toBe('2026-11-27T10:00:00Z');
    const log = ttJson<LogJson>(e, ['log', '--since', '2026-11-01', '--until', '2026-11-30']);
    expect(vevents.map((v) => v.getFirstPropertyValue('uid')).sort()).toEqual(log.entries.filter((x) => x.end).map((x) => x.id).sort());
  });
});
