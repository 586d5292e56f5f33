// Calendars a user can manage (issue 15, item 7): remove and refresh, a source path or URL kept on
// this machine and out of what syncs, a URL's secret never shown, and import warnings shown once:
// at import, by `calendar list`, `doctor`, and as one line by `audit`.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GITIGNORE } from '../../src/sync/repo.ts';
import { ics, inZone, writeIcs } from './helpers.ts';

const ONE = ics(['UID:a', 'SUMMARY:Planning', 'DTSTART:20240611T090000Z', 'DTEND:20240611T100000Z']);
const TWO = ics(['UID:a', 'SUMMARY:Planning', 'DTSTART:20240611T090000Z', 'DTEND:20240611T100000Z'], ['UID:b', 'SUMMARY:Retro', 'DTSTART:20240612T140000Z', 'DTEND:20240612T150000Z']);
const WEEK = ['--since', '2024-06-10', '--until', '2024-06-16'];
const titles = (list: { title: string }[]): string[] => list.map((m) => m.title);

/** Every file of the data folder outside state/ (what sync may carry), with its text. */
function syncedFiles(home: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = relative(home, path);
      if (rel === 'state') continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.push([rel, readFileSync(path, 'utf8')]);
    }
  };
  walk(home);
  return out;
}

describe('tt calendar remove', () => {
  it('stops reading a calendar and deletes its copy, its source and its index; --keep-file keeps the copy', async () => {
    const tt = await inZone('Europe/Berlin');
    await tt.ok('calendar', 'import', writeIcs(ONE, 'work.ics'));
    await tt.ok('calendar', 'import', writeIcs(TWO, 'team.ics'));
    expect((await tt.json('calendar', 'events', ...WEEK)).length).toBe(3);
    expect((await tt.ok('calendar', 'remove', 'team')).out).toBe('Removed calendar "team".\n');
    expect(titles(await tt.json('calendar', 'events', ...WEEK))).toEqual(['Planning']);
    expect(existsSync(join(tt.home, 'calendars', 'team.ics'))).toBe(false);
    expect(existsSync(join(tt.home, 'state', 'calendars', 'team.index'))).toBe(false);
    expect(readFileSync(join(tt.home, 'state', 'calendars', 'sources.json'), 'utf8')).not.toContain('team.ics');
    const kept = await tt.ok('calendar', 'remove', 'work', '--keep-file');
    expect(kept.out).toBe(`Removed calendar "work"; its copy is kept at ${join(tt.home, 'calendars', 'work.ics')}.\n`);
    expect(readFileSync(join(tt.home, 'calendars', 'work.ics'), 'utf8')).toBe(ONE);
    expect(await tt.json('calendar', 'list')).toEqual([]);
  });

  it('refuses an unknown name with exit 2 and the names there are', async () => {
    const tt = await inZone('UTC');
    await tt.ok('calendar', 'import', writeIcs(ONE, 'work.ics'));
    const r = await tt.run('calendar', 'remove', 'wrok');
    expect(r.code).toBe(2);
    expect(r.err).toBe('tt: no calendar "wrok"\n  Imported calendars: work (see `tt calendar list`).\n');
  });
});

describe('tt calendar refresh from a file', () => {
  it('reads the calendar again from where it was imported; an unchanged file is said to be so', async () => {
    const tt = await inZone('America/New_York');
    const file = writeIcs(ONE, 'work.ics');
    await tt.ok('calendar', 'import', file);
    expect((await tt.ok('calendar', 'refresh', 'work')).out).toBe(`Calendar "work" is unchanged (${file}).\n`);
    writeFileSync(file, TWO);
    expect((await tt.ok('calendar', 'refresh')).out).toBe(`Refreshed calendar "work": 2 events from ${file}.\n`);
    expect(titles(await tt.json('calendar', 'events', ...WEEK))).toEqual(['Planning', 'Retro']);
  });

  it('reports a calendar whose file is gone and still refreshes the others', async () => {
    const tt = await inZone('UTC');
    const gone = writeIcs(ONE, 'gone.ics');
    const work = writeIcs(ONE, 'work.ics');
    await tt.ok('calendar', 'import', gone);
    await tt.ok('calendar', 'import', work);
    writeFileSync(work, TWO);
    const { unlinkSync } = await import('node:fs');
    unlinkSync(gone);
    const all = await tt.ok('calendar', 'refresh');
    expect(all.err).toBe(`tt: warning: calendar "gone" was not refreshed: cannot read ${gone}: no such file\n`);
    expect(all.out).toBe(`Refreshed calendar "work": 2 events from ${work}.\n`);
    const one = await tt.run('calendar', 'refresh', 'gone');
    expect(one.code).toBe(2);
    expect(one.err).toContain(`tt: cannot read ${gone}: no such file`);
    expect((await tt.json('calendar', 'events', ...WEEK)).length).toBe(3); // gone's copy is still read
  });

  it('moves a path an earlier tt kept in the synced index into local state', async () => {
    const tt = await inZone('UTC');
    const file = writeIcs(ONE, 'work.ics');
    await tt.ok('calendar', 'import', file);
    // As an earlier tt wrote it: the path in calendars/index.json, nothing in local state.
    const index = join(tt.home, 'calendars', 'index.json');
    writeFileSync(index, readFileSync(index, 'utf8').replace('"source": ""', `"source": ${JSON.stringify(file)}`));
    writeFileSync(join(tt.home, 'state', 'calendars', 'sources.json'), '{"version":1,"sources":{}}\n');
    expect((await tt.json<{ source: string }[]>('calendar', 'list'))[0]!.source).toBe(file);
    writeFileSync(file, TWO);
    await tt.ok('calendar', 'refresh', 'work');
    expect(readFileSync(index, 'utf8')).not.toContain(file);
    expect(readFileSync(join(tt.home, 'state', 'calendars', 'sources.json'), 'utf8')).toContain(file);
  });
});

describe('a calendar from a URL', () => {
  let server: Server;
  let body = ONE;
  let status = 200;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(status, { 'content-type': 'text/calendar' });
      res.end(status === 200 ? body : 'nope');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const SECRET = 'private-5e3c7a9b1d';
  const url = (): string => `${base}/calendar/ical/me%40example.com/${SECRET}/basic.ics?token=t0ps3cret`;

  it('is fetched at import and at refresh, and its secret never shows or syncs', async () => {
    body = ONE;
    status = 200;
    const tt = await inZone('Europe/Berlin');
    const imported = await tt.ok('calendar', 'import', url(), '--name', 'google');
    expect(imported.out).toBe(`Imported calendar "google": 1 event from ${base}/….\n`);
    body = TWO;
    const refreshed = await tt.ok('calendar', 'refresh', 'google');
    expect(refreshed.out).toBe(`Refreshed calendar "google": 2 events from ${base}/….\n`);
    expect(titles(await tt.json('calendar', 'events', ...WEEK))).toEqual(['Planning', 'Retro']);
    const list = await tt.ok('calendar', 'list');
    expect(list.out).toContain(`from ${base}/…`);
    for (const text of [imported.out, imported.err, refreshed.out, refreshed.err, list.out, (await tt.ok('calendar', 'list', '--json')).out]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('t0ps3cret');
    }
    // The URL is kept in local state only, which sync leaves out.
    for (const [file, text] of syncedFiles(tt.home)) expect(text, file).not.toContain(SECRET);
    expect(readFileSync(join(tt.home, 'state', 'calendars', 'sources.json'), 'utf8')).toContain(SECRET);
    expect(GITIGNORE.split('\n')).toContain('/state/');
  });

  it('fails clearly when the server is unreachable (exit 4) or answers an error (exit 2), secret redacted', async () => {
    body = ONE;
    status = 200;
    const tt = await inZone('UTC');
    await tt.ok('calendar', 'import', url(), '--name', 'google');
    status = 404;
    const missing = await tt.run('calendar', 'refresh', 'google');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`tt: cannot fetch ${base}/…: the server answered 404 Not Found`);
    // A port nobody listens on any more: the connection is refused, as when offline.
    const gone = createServer();
    await new Promise<void>((done) => gone.listen(0, '127.0.0.1', done));
    const port = (gone.address() as AddressInfo).port;
    await new Promise<void>((done) => gone.close(() => done()));
    const offline = await tt.run('calendar', 'import', `http://user:${SECRET}@127.0.0.1:${port}/${SECRET}.ics`, '--name', 'offline');
    expect(offline.code).toBe(4);
    expect(offline.err).toContain(`tt: cannot fetch http://127.0.0.1:${port}/…: ECONNREFUSED`);
    for (const text of [missing.err, offline.err]) expect(text).not.toContain(SECRET);
    expect(titles(await tt.json('calendar', 'events', ...WEEK))).toEqual(['Planning']); // the stored copy is unchanged
  });
});

describe('import warnings are shown once', () => {
  const FLAWED = ics(
    ['UID:a', 'SUMMARY:Planning', 'DTSTART:20240611T090000Z', 'DTEND:20240611T100000Z', 'RRULE:FREQ=DAILY;COUNT=2;BYDAYS=MO'],
    ['UID:b', 'SUMMARY:No start'],
  );

  it('at import, then by calendar list and doctor, as one line by audit, and not by every command', async () => {
    const tt = await inZone('Europe/Berlin');
    const file = writeIcs(FLAWED, 'work.ics');
    const imported = await tt.ok('calendar', 'import', file);
    expect(imported.err).toBe([
      `tt: warning: ${file}:9: "Planning": recurrence rule part "BYDAYS" is not known; it was ignored, so the series may run longer than meant`,
      `tt: warning: ${file}:11: event skipped: it has no DTSTART`,
      '',
    ].join('\n'));
    for (const argv of [['calendar', 'events', ...WEEK], ['calendar', 'untagged', ...WEEK], ['reconcile', ...WEEK], ['review', ...WEEK, '--json']]) {
      const r = await tt.ok(...argv);
      expect(r.err, argv.join(' ')).toBe('');
    }
    expect((await tt.ok('calendar', 'events', ...WEEK, '--json')).out).toContain('Planning');
    const list = (await tt.ok('calendar', 'list')).out;
    expect(list).toContain('2 warnings:');
    expect(list).toContain('line 9: "Planning": recurrence rule part "BYDAYS" is not known');
    expect(list).toContain('line 11: event skipped: it has no DTSTART');
    const doctor = await tt.run('doctor');
    expect(doctor.out).toContain('calendar "work": line 11: event skipped: it has no DTSTART');
    const strict = await tt.run('calendar', 'events', ...WEEK, '--strict');
    expect(strict.code).toBe(2);
    expect(strict.err).toContain('calendar "work", line 9: "Planning": recurrence rule part "BYDAYS" is not known');
    const invoice = writeIcs('date,client,project,hours,rate,currency,description\n2024-06-11,acme,web,1,100,USD,planning\n', 'invoice.csv');
    await tt.ok('client', 'add', 'acme');
    const audit = await tt.run('audit', '--invoice', invoice, '--period', '2024-06-10..2024-06-16');
    expect(audit.err).toContain('1 calendar was imported with warnings; `tt calendar list` shows them');
    expect(audit.err).not.toContain('BYDAYS');
  });
});
