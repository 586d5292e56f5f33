// Imported invoices link to the tracked entries they billed: a timed line takes the entries its time
// overlaps, a line without times the day's entries, each up to the line's hours; entries on a tt
// invoice are never linked twice; what no line covers stays tracked but not invoiced; lines without
// a date match nothing and are listed. `tt invoice link` links an invoice imported before; --no-link
// keeps the old behaviour.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { world, type Tt } from './run.ts';

async function setup(): Promise<Tt> {
  const tt = await world('2026-12-02T10:00:00Z');
  await tt.ok('client', 'add', 'acme', '--rate', '100', '--currency', 'EUR', '--alias', 'ACME Corp');
  await tt.ok('add', 'acme/web', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:00:00+01:00', '--note', 'morning');
  await tt.ok('add', 'acme/web', '--from', '2026-11-03T14:00:00+01:00', '--to', '2026-11-03T16:00:00+01:00', '--note', 'afternoon');
  await tt.ok('add', 'acme/api', '--from', '2026-11-04T09:00:00+01:00', '--to', '2026-11-04T12:00:00+01:00');
  await tt.ok('add', 'acme/web', '--from', '2026-11-05T09:00:00+01:00', '--to', '2026-11-05T10:00:00+01:00');
  // Thursday is billed by tt already.
  await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-05..2026-11-05');
  return tt;
}

// Toggl's detailed report: times, so Tuesday's line takes the afternoon entry its time overlaps.
const TOGGL = `User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)
Jo,jo@example.com,ACME Corp,Web,,Checkout,Yes,2026-11-03,14:00:00,2026-11-03,16:00:00,02:00:00,,200.00
Jo,jo@example.com,ACME Corp,API,,Sync,Yes,2026-11-04,09:00:00,2026-11-04,11:00:00,02:00:00,,200.00
Jo,jo@example.com,ACME Corp,Web,,Bugfix,Yes,2026-11-05,09:00:00,2026-11-05,10:00:00,01:00:00,,100.00
`;

const file = (tt: Tt, name: string, text: string): string => {
  const path = join(tt.ctx.cwd, name);
  writeFileSync(path, text);
  return path;
};

describe('importing an invoice links it to the entries it billed', () => {
  test('by time, up to the line\'s hours, never an entry a tt invoice bills', async () => {
    const tt = await setup();
    const r = await tt.ok('invoice', 'import', file(tt, 'toggl.csv', TOGGL), '--period', '2026-11-02..2026-11-08');
    expect(r.stdout).toContain('Marked 2 tracked entries (4.0 h) as billed by it; what no line covers stays unbilled.');
    expect(r.stdout).toContain('Lines with no unbilled tracked entry on their day (work tracked only in the other tool, or billed already): line 3 (2026-11-05, acme/Web, 1.0 h)');
    const log = (await tt.ok('log', '--since', '2026-11-03', '--until', '2026-11-05')).stdout;
    // The morning is not on the Toggl invoice; the afternoon is, whole; Wednesday 2 of its 3 hours.
    expect(log).toMatch(/09:00–10:00 .*morning\n/);
    expect(log).toMatch(/14:00–16:00 .*afternoon \[invoiced 2026-A002\]/);
    expect(log).toContain('[invoiced 2026-A002: 2.0 h of 3.0 h]');
    expect(log).toMatch(/2026-11-05\n.*\[invoiced 2026-A001\]\n/);
    // What no line covers is tracked but not invoiced: the morning (1 h) and Wednesday's third hour.
    const a = JSON.parse((await tt('audit', '--period', '2026-11-02..2026-11-08', '--json')).stdout);
    expect(a.clients[0].trackedNotInvoiced.map((u: { date: string; hours: number }) => [u.date, u.hours])).toEqual([
      ['2026-11-03', 1],
      ['2026-11-04', 1],
    ]);
    // --unbilled bills exactly those, and nothing the imported invoice bills.
    const inv = JSON.parse((await tt.ok('invoice', 'create', '--client', 'acme', '--unbilled', '--period', '2026-11-02..2026-11-08', '--json')).stdout);
    expect(inv.lines.map((l: { date: string; project: string; hours: number }) => [l.date, l.project, l.hours])).toEqual([
      ['2026-11-03', 'web', 1],
      ['2026-11-04', 'api', 1],
    ]);
  });

  test('lines without times match by day; lines without a date match nothing and are listed', async () => {
    const tt = await setup();
    const csv = 'date,client,project,hours,rate,currency,description\n2026-11-04,acme,api,1.5,100,EUR,by day\n,acme,,2,100,EUR,no date\n';
    const r = await tt.ok('invoice', 'import', file(tt, 'plain.csv', csv), '--period', '2026-11-02..2026-11-08', '--json');
    const out = JSON.parse(r.stdout);
    expect(out.links).toEqual({ entries: 1, hours: 1.5, undatedLines: [2], unmatchedLines: [] });
    expect(out.invoice.lines[0].covers).toEqual([{ entry: expect.any(String), hours: 1.5 }]);
    const text = await tt.ok('invoice', 'import', file(tt, 'plain2.csv', csv.replace('by day', 'again')), '--period', '2026-11-02..2026-11-08', '--dry-run');
    expect(text.stdout).toContain('Lines without a date match no entry: line 2 (no date, acme, 2.0 h).');
  });

  test('--no-link records it as before; `tt invoice link` links it later, once', async () => {
    const tt = await setup();
    const r = await tt.ok('invoice', 'import', file(tt, 'toggl.csv', TOGGL), '--period', '2026-11-02..2026-11-08', '--no-link');
    expect(r.stdout).toContain('Not linked to tracked entries (--no-link)');
    expect((await tt.ok('log', '--since', '2026-11-03', '--until', '2026-11-04')).stdout).not.toContain('[invoiced');
    const dry = await tt.ok('invoice', 'link', '2026-A002', '--dry-run');
    expect(dry.stdout).toContain('Would mark 2 tracked entries (4.0 h)');
    expect((await tt.ok('log', '--since', '2026-11-03', '--until', '2026-11-04')).stdout).not.toContain('[invoiced');
    expect((await tt.ok('invoice', 'link', '2026-A002')).stdout).toContain('Marked 2 tracked entries (4.0 h)');
    expect((await tt.ok('log', '--since', '2026-11-03', '--until', '2026-11-04')).stdout).toContain('[invoiced 2026-A002]');
    expect((await tt.ok('invoice', 'link', '2026-A002')).stdout).toContain('linked to its entries already; nothing was recorded');
    expect((await tt('invoice', 'link', '2026-A001')).stderr).toContain("one of tt's own invoices");
    // The report counts its money for the hours it is linked to: 200 + 2/2 of 200 (the 2 h of
    // Wednesday's line are all linked); Thursday's line links nothing and counts nothing.
    const report = JSON.parse((await tt.ok('report', '--since', '2026-11-02', '--until', '2026-11-08', '--format', 'json')).stdout);
    expect(report.totals.money[0]).toMatchObject({ currency: 'EUR', invoiced: 500 });
  });
});
