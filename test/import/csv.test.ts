// Toggl, Harvest and Clockify exports from the corpus (test/fixtures/corpus), read by the invoice
// importers' parsers and imported as tracked time through the built binary.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ok, tt, ttEnv, ttJson } from '../helpers/cli.ts';
import { corpusFile } from '../helpers/corpus.ts';

interface Summary {
  added: number;
  skippedByReason: Record<string, number>;
  clients: { client: string; entries: number; hours: number }[];
  entries: { client: string; project: string | null; tags: string[]; note: string | null; start: string; end: string }[];
}

function world() {
  const e = ttEnv({ now: '2026-11-27T10:00:00Z', tz: 'Europe/Berlin' });
  ok(e, ['client', 'add', 'acme']);
  return e;
}

describe('tt import toggl|harvest|clockify', () => {
  it('refuses a team export without --user, then imports one person with totals equal to the file', () => {
    const file = corpusFile('exports', 'toggl', 'toggl-sample.csv');
    const e = world();
    const r = tt(e, ['import', 'toggl', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the file holds the time of 5 people: hetti@compiler.la (60), gusella@compiler.la (53)');
    expect(r.stderr).toContain('--user hetti@compiler.la');

    const s = ttJson<Summary>(e, ['import', 'toggl', file, '--user', 'AYMER@compiler.la', '--map', 'Client1=acme', '--tz', 'UTC']);
    // Expected from the file itself: the Duration column of aymer's rows.
    const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), { columns: true });
    const mine = rows.filter((x) => x.Email === 'aymer@compiler.la');
    const seconds = mine.reduce((sum, x) => {
      const [h, m, sec] = x.Duration!.split(':').map(Number) as [number, number, number];
      return sum + h * 3600 + m * 60 + sec;
    }, 0);
    expect(s.added).toBe(mine.length);
    expect(s.skippedByReason).toEqual({ 'other-user': rows.length - mine.length });
    expect(s.clients).toEqual([{ client: 'acme', entries: mine.length, hours: Math.round((seconds / 3600) * 10000) / 10000 }]);
    // Line 2: 2023-01-02 09:00:00 for 02:58:00, read in UTC as asked.
    expect(s.entries[0]).toMatchObject({ client: 'acme', project: 'Project3', start: '2023-01-02T09:00:00Z', end: '2023-01-02T11:58:00Z' });

    const again = ttJson<Summary>(e, ['import', 'toggl', file, '--user', 'aymer@compiler.la', '--map', 'Client1=acme', '--tz', 'UTC']);
    expect(again.added).toBe(0);
    expect(again.skippedByReason['already-imported']).toBe(mine.length);
  });

  it('Toggl: drops zero-length rows, keeps tags and notes, maps by alias', () => {
    const e = world();
    ok(e, ['client', 'set', 'acme', '--alias', 'Kestrel Logistics']);
    const s = ttJson<Summary>(e, ['import', 'toggl', corpusFile('exports', 'toggl', 'tt-toggl-bom-amount.csv'), '--skip-unmapped']);
    expect(s.added).toBe(1);
    // Line 3: 2025-01-13 13:20:00 to 15:35:09 Berlin (CET, +01:00). Line 2 lasts 00:00:00.
    expect(s.entries[0]).toMatchObject({ client: 'acme', project: 'Depot scheduling', note: 'Route planner screen', start: '2025-01-13T12:20:00Z', end: '2025-01-13T14:35:09Z' });
    expect(s.skippedByReason).toEqual({ empty: 1 });
  });

  it('Harvest: European decimal commas, day-only rows laid from 09:00, client from project', () => {
    const e = world();
    const s = ttJson<Summary>(e, ['import', 'harvest', corpusFile('exports', 'harvest', 'tt-harvest-eu-decimals.csv'), '--client-from', 'project', '--map', 'Internal tooling=acme/internal', '--map', 'Depot scheduling=acme']);
    expect(s.clients).toEqual([{ client: 'acme', entries: 2, hours: 16.75 }]);
    // 09:00 Berlin on 13 Jan 2025 is 08:00Z; "16,5" hours end at 00:30Z the next day, then "0,25"
    // hours (15 min) right after.
    expect(s.entries.map((x) => [x.project, x.start, x.end])).toEqual([
      ['internal', '2025-01-13T08:00:00Z', '2025-01-14T00:30:00Z'],
      [null, '2025-01-14T00:30:00Z', '2025-01-14T00:45:00Z'],
    ]);
  });

  it('Clockify: asks for the date order when the file cannot tell, then imports', () => {
    const e = world();
    const file = corpusFile('exports', 'clockify', 'tt-clockify-us-dates.csv');
    const r = tt(e, ['import', 'clockify', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot tell whether "02/05/2025" is MM/DD or DD/MM');
    const s = ttJson<Summary>(e, ['import', 'clockify', file, '--date-order', 'mdy', '--map', 'kestrel logistics=acme', '--skip-unmapped']);
    // 5 Feb 2025, "01:20 PM" (no seconds) to "03:35:09 PM" Berlin (CET, +01:00).
    expect(s.entries).toEqual([expect.objectContaining({ client: 'acme', start: '2025-02-05T12:20:00Z', end: '2025-02-05T14:35:09Z' })]);
  });
});
