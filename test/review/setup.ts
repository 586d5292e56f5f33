// A data folder for the end-to-end review tests: a Berlin week (Monday 23 to Sunday 29 November
// 2026, UTC+1) with acme commits in a real repo, a globex meeting in an imported calendar that runs
// into acme's session, and an acme timer that ran through another globex meeting.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok, ttEnv, type TtEnv } from '../helpers/cli.ts';
import { commitAt, makeRepo } from '../helpers/git.ts';
import { tempDir } from '../helpers/tmp.ts';

export const NOW = '2026-11-27T18:00:00Z'; // Friday 19:00 in Berlin

const event = (uid: string, summary: string, start: string, end: string): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T000000Z', `DTSTART:${start}`, `DTEND:${end}`, `SUMMARY:${summary}`, 'END:VEVENT'];

export function reviewWeek(opts: { calendar?: boolean } = {}): { e: TtEnv; work: string } {
  const e = ttEnv({ now: NOW, tz: 'Europe/Berlin' });
  const work = tempDir('tt-review-');
  const acme = makeRepo('acme-web', work);
  commitAt(acme, 'fix auth redirect', '2026-11-23T14:02:00+01:00');
  commitAt(acme, 'add tests', '2026-11-23T14:40:00+01:00');
  commitAt(acme, 'paging', '2026-11-24T10:00:00+01:00');
  ok(e, ['config', 'set', 'tz', 'Europe/Berlin']);
  ok(e, ['client', 'add', 'acme', '--rate', '90', '--repo', join(work, 'acme-*')]);
  ok(e, ['client', 'add', 'globex', '--rate', '100', '--meeting', 'globex']);
  if (opts.calendar !== false) {
    const ics = join(work, 'work.ics');
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tt tests//EN'];
    lines.push(...event('g1', 'Globex weekly', '20261123T133000Z', '20261123T140000Z'));
    lines.push(...event('g2', 'Globex planning', '20261126T090000Z', '20261126T100000Z'));
    writeFileSync(ics, [...lines, 'END:VCALENDAR', ''].join('\r\n'));
    ok(e, ['calendar', 'import', ics, '--name', 'work']);
    // A timer left running through globex's planning: tracked time settles that conflict.
    ok(e, ['add', 'acme', '--from', '2026-11-26T09:00:00+01:00', '--to', '2026-11-26T12:00:00+01:00']);
  }
  return { e, work };
}
