// Issue 17 item 14, the papercuts of the trial week: "in 1 entries", calendar times with "-" where
// the rest uses "–", `tt activity` columns out of line, wide blank gaps in `tt log` rows, no "did you
// mean" for a misspelt zone, and a currency that silently defaulted to USD.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { week } from './run.ts';

describe('papercuts', () => {
  it('tt log: one entry is "1 entry", and rows have no wide gaps', async () => {
    const w = await week();
    const r = await w.ok(['log']); // the clock is Saturday 2026-12-05 11:30
    expect(r.out).toBe('No entries from 2026-11-30 to 2026-12-06.\n');
    await w.ok(['add', 'acme/api', '--from', '09:00', '--to', '10:00', '--note', 'paging']);
    const out = (await w.ok(['log'])).out;
    expect(out).toContain('Total 1:00 in 1 entry, 2026-11-30..2026-12-06');
    expect(out).toMatch(/^ {2}[0-9A-Z]{6} {2}09:00–10:00 {2}1:00 {2}acme\/api {2}paging$/m);
    await w.ok(['add', 'globex', '--from', 'yesterday 23:00', '--to', '01:00']);
    // A longer span (past midnight) widens the column for every row, right-aligned.
    expect((await w.ok(['log'])).out).toMatch(/^ {2}[0-9A-Z]{6} {8}09:00–10:00 {2}1:00 {2}acme\/api/m);
  });

  it('tt calendar events: times with an en dash', async () => {
    const w = await week();
    const ics = join(w.ctx.home, 'work.ics');
    const ev = ['BEGIN:VEVENT', 'UID:a1', 'DTSTAMP:20261101T000000Z', 'DTSTART:20261204T090000Z', 'DTEND:20261204T093000Z', 'SUMMARY:acme standup', 'END:VEVENT'];
    writeFileSync(ics, ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', ...ev, 'END:VCALENDAR', ''].join('\r\n'));
    await w.ok(['calendar', 'import', ics, '--name', 'work']);
    const out = (await w.ok(['calendar', 'events', '--since', '2026-12-04', '--until', '2026-12-04'])).out;
    expect(out).toContain('  10:00–10:30   0:30');
    expect(out).toContain('in 1 meeting,');
    expect((await w.ok(['calendar', 'list'])).out).toMatch(/work +1 event +imported/);
  });

  it('tt activity: kind, repo, client and commit in columns', async () => {
    const w = await week();
    await w.ok(['client', 'set', 'acme', '--repo', '/w/acme-website-frontend']);
    const home = w.ctx.env.TT_HOME!;
    mkdirSync(home, { recursive: true });
    const sec = (iso: string): number => Date.parse(iso) / 1000;
    appendFileSync(join(home, 'journal.ndjson'), [`s1\t1\t${sec('2026-12-05T08:00:00Z')}\tenter\t/w/acme-website-frontend`, `s1\t2\t${sec('2026-12-05T08:10:00Z')}\tenter\t/w/x`, `s1\t2\t${sec('2026-12-05T08:20:00Z')}\tleave\t/w/x`, ''].join('\n'));
    const rows = (await w.ok(['activity', '--today'])).out.split('\n').filter((l) => l.startsWith('  '));
    expect(rows).toEqual([
      '  09:00  enter  acme-website-frontend  acme',
      '  09:10  enter  x                      no client',
      '  09:20  leave  x                      no client',
    ]);
  });

  it('tt config set tz: did you mean, and the zone spelt as the database does', async () => {
    const w = await week();
    const r = await w.run(['config', 'set', 'tz', 'Europe/Berln']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('tt: config tz: "Europe/Berln" is not an IANA time zone\n  Did you mean Europe/Berlin?\n');
    expect((await w.ok(['config', 'set', 'tz', 'europe/paris'])).out).toBe('tz = Europe/Paris\n');
  });

  it('tt client add: says the currency is the default, or takes config currency', async () => {
    const w = await week();
    const r = await w.ok(['client', 'add', 'initech', '--rate', '50']);
    expect(r.out).toBe('Added client initech ($50.00/h, USD, no rounding).\n');
    expect(r.err).toContain('initech is billed in USD, the default');
    expect(r.err).toContain('tt config set currency EUR');
    await w.ok(['config', 'set', 'currency', 'eur']);
    const e = await w.ok(['client', 'add', 'umbrella', '--rate', '50']);
    expect(e.out).toBe('Added client umbrella (€50.00/h, EUR, no rounding).\n');
    expect(e.err).toBe('');
    expect((await w.ok(['client', 'add', 'hooli', '--rate', '50', '--currency', 'GBP'])).err).toBe('');
  });
});
