// `tt export` through the built binary, and its timeclock output read back by Debian's hledger.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok, tt, ttEnv, ttJson, type TtEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const HLEDGER = !spawnSync('hledger', ['--version']).error;

let e: TtEnv;

beforeAll(() => {
  e = ttEnv({ now: '2026-10-30T12:00:00Z', tz: 'Europe/Berlin' });
  ok(e, ['client', 'add', 'acme', '--rate', '90', '--currency', 'EUR']);
  ok(e, ['client', 'add', 'globex', '--rate', '120', '--currency', 'USD']);
  // 22:00 CEST to 06:00 CET across the night clocks go back: nine hours, not eight.
  ok(e, ['add', 'acme/web', '+deploy', '--from', '2026-10-24T22:00:00+02:00', '--to', '2026-10-25T06:00:00+01:00', '--note', 'DST night']);
  ok(e, ['add', 'globex', '--from', '2026-10-26T09:00:00+01:00', '--to', '2026-10-26T10:10:00+01:00']);
  ok(e, ['add', 'acme', '--from', '2026-10-27T09:00:00+01:00', '--to', '2026-10-27T10:07:00+01:00']);
});

describe('tt export', () => {
  it('writes CSV rows with UTC instants and local days', () => {
    const rows = parse<Record<string, string>>(ok(e, ['export', '--format', 'csv']).stdout, { columns: true });
    expect(rows.map((r) => [r.day, r.start, r.end, r.hours, r.client, r.project, r.tags, r.note])).toEqual([
      ['2026-10-24', '2026-10-24T20:00:00Z', '2026-10-25T05:00:00Z', '9', 'acme', 'web', 'deploy', 'DST night'],
      ['2026-10-26', '2026-10-26T08:00:00Z', '2026-10-26T09:10:00Z', '1.1667', 'globex', '', '', ''],
      ['2026-10-27', '2026-10-27T08:00:00Z', '2026-10-27T09:07:00Z', '1.1167', 'acme', '', '', ''],
    ]);
  });

  it('writes JSON entries, limited to the days asked for', () => {
    const r = JSON.parse(ok(e, ['export', '--format', 'json', '--since', '2026-10-26']).stdout) as { from: string; entries: { client: string; hours: number }[] };
    expect(r.from).toBe('2026-10-26');
    expect(r.entries.map((x) => [x.client, x.hours])).toEqual([
      ['globex', 1.1667],
      ['acme', 1.1167],
    ]);
  });

  it('refuses an unknown format with exit 2', () => {
    const r = tt(e, ['export', '--format', 'xlsx']);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("argument 'xlsx' is invalid")]);
  });

  it.skipIf(!HLEDGER)("timeclock totals per account in hledger equal tt report's (skipped only when Debian's hledger is not installed)", () => {
    const file = join(tempDir(), 'tt.timeclock');
    writeFileSync(file, ok(e, ['export', '--format', 'timeclock']).stdout);
    const balance = (args: string[]): Record<string, string> => {
      const csv = execFileSync('hledger', ['-f', file, 'balance', '-O', 'csv', '--no-total', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Europe/Berlin' } });
      const rows = parse<{ account: string; balance: string }>(csv, { columns: true });
      return Object.fromEntries(rows.map((r) => [r.account, r.balance]));
    };
    const report = (by: string): Record<string, string> => {
      const r = ttJson<{ groups: { key: string; hours: number }[] }>(e, ['report', '--since', '2026-10-01', '--until', '2026-10-31', '--by', by]);
      return Object.fromEntries(r.groups.map((g) => [g.key.replace('/', ':'), `${g.hours.toFixed(2)}h`]));
    };
    expect(balance(['--depth', '1'])).toEqual(report('client'));
    expect(balance(['--flat'])).toEqual(report('project'));
    expect(balance(['--depth', '1']).acme).toBe('10.12h'); // 9 h across the DST night + 1:07
  });

  it('refuses overlapping entries for timeclock (exit 2), and clips them on request', () => {
    const o = ttEnv({ now: '2026-10-30T12:00:00Z', tz: 'Europe/Berlin' });
    ok(o, ['client', 'add', 'acme']);
    ok(o, ['client', 'add', 'globex']);
    ok(o, ['add', 'acme', '--from', '2026-10-26T09:00:00Z', '--to', '2026-10-26T12:00:00Z']);
    ok(o, ['add', 'globex', '--from', '2026-10-26T10:00:00Z', '--to', '2026-10-26T11:00:00Z']);
    const refused = tt(o, ['export', '--format', 'timeclock']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/globex 2026-10-26T10:00:00Z\.\.2026-10-26T11:00:00Z \(\w+\) overlaps acme 2026-10-26T09:00:00Z\.\.2026-10-26T12:00:00Z/);
    expect(refused.stderr).toContain('--clip-overlaps');
    const clipped = ok(o, ['export', '--format', 'timeclock', '--clip-overlaps']).stdout.split('\n').filter((l) => /^[io] /.test(l));
    expect(clipped).toEqual([
      'i 2026/10/26 09:00:00 acme',
      'o 2026/10/26 10:00:00',
      'i 2026/10/26 10:00:00 globex',
      'o 2026/10/26 11:00:00',
      'i 2026/10/26 11:00:00 acme',
      'o 2026/10/26 12:00:00',
    ]);
  });
});
