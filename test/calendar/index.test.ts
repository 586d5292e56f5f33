// The derived index of an imported calendar (state/calendars/<name>.index) is only ever a copy: a
// stale or damaged one costs a slower command, never a wrong answer. Each case plants an index
// that would give a wrong answer ("Charlie") if it were trusted, and first shows that such an
// index is indeed read when nothing is wrong with it.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSum, encode, fingerprint, readDerived } from '../../src/calendar/derived.ts';
import { checkCalendar } from '../../src/calendar/manage.ts';
import { corpusFile } from '../helpers/corpus.ts';
import { ics, inZone, writeIcs, ZONES, type Tt } from './helpers.ts';

const event = (title: string, start = '20240611T090000Z'): string[] => ['UID:a', `SUMMARY:${title}`, `DTSTART:${start}`, 'DTEND:20240611T100000Z'];
const ALPHA = ics(event('Alpha'));
const BRAVO = ics(event('Bravo')); // the same size as ALPHA
const WEEK = ['--since', '2024-06-10', '--until', '2024-06-16'];

const paths = (tt: Tt): { ics: string; index: string } => ({ ics: join(tt.home, 'calendars', 'work.ics'), index: join(tt.home, 'state', 'calendars', 'work.index') });

async function titles(tt: Tt): Promise<string[]> {
  return (await tt.json('calendar', 'events', ...WEEK)).map((m) => m.title);
}

/** An index of "Charlie" that claims to be the index of the stored file as it is now. */
async function plantCharlie(tt: Tt, zone: string, build?: string): Promise<void> {
  const p = paths(tt);
  const prepared = (await checkCalendar(ics(event('Charlie')), zone))!;
  writeFileSync(p.index, encode(prepared, { name: 'work', tz: zone, print: fingerprint(tt.ctx.fs, p.ics), sha1: contentSum(readFileSync(p.ics, 'utf8')) }, tt.ctx.now(), build));
}

/** The index written well after the file's last change, so that its fingerprint alone is trusted. */
function settle(tt: Tt): void {
  const later = new Date(Date.now() + 10_000);
  utimesSync(paths(tt).index, later, later);
}

describe.each(ZONES)('the calendar index, with tz %s', (zone) => {
  it('is written at import and read by queries', async () => {
    const tt = await inZone(zone);
    await tt.ok('calendar', 'import', writeIcs(ALPHA));
    expect(readDerived(tt.ctx.fs, paths(tt).index)?.header.name).toBe('work');
    await plantCharlie(tt, zone);
    expect(await titles(tt)).toEqual(['Charlie']);
    settle(tt);
    expect(await titles(tt)).toEqual(['Charlie']);
  });

  it('is not trusted once the file changed, even to the same size and in place', async () => {
    const tt = await inZone(zone);
    await tt.ok('calendar', 'import', writeIcs(ALPHA));
    const p = paths(tt);
    // Changed just after the index was written: its times could match, its content does not.
    await plantCharlie(tt, zone);
    const mtime = new Date(Number(tt.ctx.fs.statSync(p.ics).mtimeMs));
    writeFileSync(p.ics, BRAVO);
    utimesSync(p.ics, mtime, mtime);
    expect(await titles(tt)).toEqual(['Bravo']);
    // Changed long after: the fingerprint (its change time) tells.
    await plantCharlie(tt, zone);
    settle(tt);
    writeFileSync(p.ics, ALPHA);
    utimesSync(p.ics, mtime, mtime);
    expect(await titles(tt)).toEqual(['Alpha']);
  });

  it('is not trusted from another build of tt', async () => {
    const tt = await inZone(zone);
    await tt.ok('calendar', 'import', writeIcs(ALPHA));
    await plantCharlie(tt, zone, 'an-older-build');
    settle(tt);
    expect(await titles(tt)).toEqual(['Alpha']);
  });

  it('is read again when damaged, and rewritten whole', async () => {
    const tt = await inZone(zone);
    await tt.ok('calendar', 'import', writeIcs(ALPHA));
    const p = paths(tt);
    const damage: [string, (b: Buffer) => Buffer][] = [
      ['truncated', (b) => b.subarray(0, Math.floor(b.length / 2))],
      ['garbage', () => Buffer.from('not an index at all')],
      ['empty', () => Buffer.alloc(0)],
      ['a title changed in its body', (b) => Buffer.from(b.toString('latin1').replace('Charlie', 'Dharlie'), 'latin1')],
      ['its zone changed in its header', (b) => Buffer.from(b.toString('latin1').replace(zone, zone.replace(/.$/, '_')), 'latin1')],
    ];
    for (const [what, harm] of damage) {
      await plantCharlie(tt, zone);
      settle(tt);
      writeFileSync(p.index, harm(readFileSync(p.index)));
      expect(await titles(tt), what).toEqual(['Alpha']);
      expect(readDerived(tt.ctx.fs, p.index)?.header.name, what).toBe('work');
    }
  });

  it('is rebuilt when tz changes: floating times are read in the new zone', async () => {
    const tt = await inZone(zone);
    await tt.ok('calendar', 'import', writeIcs(ics(['UID:f', 'SUMMARY:Floating', 'DTSTART:20240611T090000', 'DTEND:20240611T100000'])));
    const other = zone === 'America/New_York' ? 'Asia/Tokyo' : 'America/New_York';
    const before = (await tt.json('calendar', 'events', ...WEEK))[0]!.start;
    await tt.ok('config', 'set', 'tz', other);
    const after = (await tt.json('calendar', 'events', ...WEEK))[0]!.start;
    const local = (iso: string, z: string): string => new Intl.DateTimeFormat('en-GB', { timeZone: z, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
    expect([local(before, zone), local(after, other)]).toEqual(['09:00', '09:00']);
    expect(after).not.toBe(before);
  });
});

describe('the index and the real clock', () => {
  it('an index trusted by its content is written again once the file is older than the racy window on the real clock, with now() pinned', async () => {
    const tt = await inZone('UTC');
    await tt.ok('calendar', 'import', writeIcs(ALPHA));
    const p = paths(tt);
    const ino = (): number => Number(statSync(p.index).ino);
    const written = ino();
    // Just after the import the file's times are too near the index's to trust: checked by content.
    const justAfter = Date.now();
    tt.ctx.clock = () => justAfter;
    expect(await titles(tt)).toEqual(['Alpha']);
    expect(ino()).toBe(written);
    // Ten seconds later on the real clock (now() still pinned): checked once more and written again.
    tt.ctx.clock = () => justAfter + 10_000;
    expect(await titles(tt)).toEqual(['Alpha']);
    expect(ino()).not.toBe(written);
  });
});

describe('series in the index', () => {
  const SERIES = ics(
    ['UID:w', 'SUMMARY:Weekly', 'DTSTART;TZID=Europe/Berlin:20240603T090000', 'DTEND;TZID=Europe/Berlin:20240603T100000', 'RRULE:FREQ=WEEKLY'],
    ['UID:w', 'SUMMARY:Weekly moved', 'RECURRENCE-ID;TZID=Europe/Berlin:20240610T090000', 'DTSTART;TZID=Europe/Berlin:20240611T150000', 'DTEND;TZID=Europe/Berlin:20240611T160000'],
    ['UID:bomb', 'SUMMARY:Every minute', 'DTSTART:20200101T000000Z', 'DURATION:PT1M', 'RRULE:FREQ=MINUTELY'],
  );

  it('a series too large to list is expanded per query, as from the file', async () => {
    const tt = await inZone('Europe/Berlin', '2024-06-14T12:00:00Z');
    const file = writeIcs(SERIES);
    await tt.ok('calendar', 'import', file);
    expect(readDerived(tt.ctx.fs, paths(tt).index)?.header.residual).toEqual(['bomb']);
    const day = ['--since', '2024-06-11', '--until', '2024-06-11', '--all', '--json'];
    const fromIndex = JSON.parse((await tt.ok('calendar', 'events', ...day)).out) as { title: string }[];
    expect(fromIndex.filter((m) => m.title === 'Every minute')).toHaveLength(24 * 60);
    expect(fromIndex.filter((m) => m.title !== 'Every minute').map((m) => m.title)).toEqual(['Weekly moved']);
    expect((await tt.ok('calendar', 'events', ...day)).out).toBe((await tt.ok('calendar', 'events', file, ...day)).out);
  });

  it('is listed again around a new today once a month has passed, and far windows are expanded', async () => {
    const file = writeIcs(SERIES);
    const tt = await inZone('UTC', '2024-06-14T12:00:00Z');
    await tt.ok('calendar', 'import', file);
    const later = await inZone('UTC', '2026-01-15T12:00:00Z');
    // The same data folder, read two years later.
    later.ctx.env.TT_HOME = tt.home;
    const week = ['--since', '2026-01-12', '--until', '2026-01-18', '--json'];
    expect((await later.ok('calendar', 'events', ...week)).out).toBe((await later.ok('calendar', 'events', file, ...week)).out);
    expect(readDerived(later.ctx.fs, paths(later).index)?.header.span.made).toBe(Date.parse('2026-01-15T12:00:00Z'));
    const old = ['--since', '2024-06-10', '--until', '2024-06-16', '--json'];
    expect((await later.ok('calendar', 'events', ...old)).out).toBe((await later.ok('calendar', 'events', file, ...old)).out);
  });
});

describe.each(ZONES)('answers from the index are the answers from the file, with tz %s', (zone) => {
  const CORPUS = corpusFile('ics');
  const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ics')).sort();

  it.each(files)('%s', async (name) => {
    const file = join(CORPUS, name);
    const text = readFileSync(file, 'utf8');
    // "Now" at the file's first event, so that its series are listed in the index around it.
    const first = /^DTSTART[^:\r\n]*:(\d{4})(\d{2})(\d{2})/m.exec(text.slice(Math.max(0, text.indexOf('BEGIN:VEVENT'))));
    const now = first ? `${first[1]}-${first[2]}-${first[3]}T12:00:00Z` : '2026-11-27T12:00:00Z';
    const tt = await inZone(zone, now);
    if ((await tt.run('calendar', 'import', file)).code !== 0) return; // refused: nothing to compare
    const day = now.slice(0, 10);
    const windows = [['--since', addDays(day, -10), '--until', addDays(day, 40)], ['--since', '2000-01-01', '--until', '2030-12-31']];
    for (const w of windows) {
      const fromIndex = (await tt.ok('calendar', 'events', ...w, '--all', '--json')).out;
      const fromFile = (await tt.ok('calendar', 'events', file, ...w, '--all', '--json')).out;
      expect(fromIndex, w.join(' ')).toBe(fromFile);
    }
  });
});

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
