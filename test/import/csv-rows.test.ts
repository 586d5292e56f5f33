// Toggl and Harvest rows, read by the invoice importers' parsers, into records: wall times in the
// zone asked for, day-only rows laid end to end from 09:00, stable origins.
import { describe, expect, it } from 'vitest';
import { rowsToRecords, usersOf } from '../../src/import/csv-rows.ts';
import { parseExport } from '../../src/invoices/parse-export.ts';

const TOGGL = `User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags
Jane Doe,jane@example.com,Acme Corp,Website,,Login page,Yes,2026-11-02,09:00:00,2026-11-02,11:30:00,02:30:00,"web, urgent"
Jane Doe,jane@example.com,Globex,,,Night shift,No,2026-11-04,23:00:00,2026-11-05,01:15:00,02:15:00,
`;

const HARVEST = `Date,Client,Project,Task,Notes,Hours,First name,Last name
2026-11-02,Acme Corp,Website,Design,Mockups,1.5,Jane,Doe
2026-11-02,Globex,API,Dev,,0.75,Jane,Doe
2026-11-02,Acme Corp,Website,Design,Mockups,1.5,Jane,Doe
2026-11-02,Acme Corp,Website,Design,Review,2,Bob,Roe
`;

describe('rowsToRecords', () => {
  it('reads Toggl wall times in the zone given, across midnight', () => {
    const rows = parseExport(TOGGL, 'toggl.csv', { format: 'toggl' }).rows;
    const r = rowsToRecords('toggl', rows, 'Europe/Berlin');
    // Berlin is UTC+1 in November.
    expect(r[0]).toMatchObject({ where: 'line 2', start: Date.UTC(2026, 10, 2, 8), end: Date.UTC(2026, 10, 2, 10, 30), client: 'Acme Corp', project: 'Website', tags: ['web', 'urgent'], note: 'Login page', user: 'Jane Doe' });
    expect(r[1]).toMatchObject({ start: Date.UTC(2026, 10, 4, 22), end: Date.UTC(2026, 10, 5, 0, 15), client: 'Globex', project: null });
    expect(r[0]!.origin).toMatch(/^toggl:[0-9a-f]{20}$/);
    // The same rows give the same origins; another zone gives other times but the same origins.
    const again = rowsToRecords('toggl', parseExport(TOGGL, 'other-name.csv', { format: 'toggl' }).rows, 'America/New_York');
    expect(again.map((x) => x.origin)).toEqual(r.map((x) => x.origin));
    expect(again[0]!.start).toBe(Date.UTC(2026, 10, 2, 14));
  });

  it('lays Harvest day rows end to end from 09:00 per person, numbering repeated rows', () => {
    const rows = parseExport(HARVEST, 'harvest.csv', { format: 'harvest' }).rows;
    const r = rowsToRecords('harvest', rows, 'UTC');
    expect(r.map((x) => [x.start, x.end])).toEqual([
      [Date.UTC(2026, 10, 2, 9), Date.UTC(2026, 10, 2, 10, 30)],
      [Date.UTC(2026, 10, 2, 10, 30), Date.UTC(2026, 10, 2, 11, 15)],
      [Date.UTC(2026, 10, 2, 11, 15), Date.UTC(2026, 10, 2, 12, 45)],
      // Bob's day is his own.
      [Date.UTC(2026, 10, 2, 9), Date.UTC(2026, 10, 2, 11)],
    ]);
    expect(r[2]!.origin).toBe(`${r[0]!.origin}#2`);
    expect(r[1]!.note).toBe('Dev');
    expect(usersOf(rows)).toEqual([
      { user: 'Jane Doe', rows: 3 },
      { user: 'Bob Roe', rows: 1 },
    ]);
  });
});
