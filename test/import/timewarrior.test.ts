// Against the real Timewarrior (Debian package `timewarrior`): record intervals with `timew track`
// in a temp HOME, export, import, and compare totals per client with the intervals recorded.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, tt, ttEnv, ttJson } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const HAS_TIMEW = spawnSync('timew', ['--version'], { encoding: 'utf8' }).status === 0;

interface LogJson {
  entries: { client: string; project: string | null; tags: string[]; note: string | null; start: string; end: string; source: string }[];
}
interface Summary {
  added: number;
  skippedByReason: Record<string, number>;
  skippedRecords: { origin: string; where: string; reason: string; names: string[] | null }[];
  clients: { client: string; entries: number; hours: number }[];
}

/** A Timewarrior database in a fresh HOME, in Berlin time; returns its `timew export` file. */
function timewExport(intervals: string[][], running?: string[], annotate?: [string, string]): string {
  const home = tempDir('tt-timew-');
  mkdirSync(join(home, '.timewarrior'));
  // An existing config file means no first-run prompt.
  writeFileSync(join(home, '.timewarrior', 'timewarrior.cfg'), '');
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TZ: 'Europe/Berlin', LANG: 'C.UTF-8' };
  for (const args of intervals) execFileSync('timew', ['track', ...args], { env, stdio: 'pipe' });
  if (running) execFileSync('timew', ['start', ...running], { env, stdio: 'pipe' });
  if (annotate) execFileSync('timew', ['annotate', ...annotate], { env, stdio: 'pipe' });
  const file = join(home, 'timew.json');
  writeFileSync(file, execFileSync('timew', ['export'], { env, encoding: 'utf8' }));
  return file;
}

// The one test here that needs an outside program; CI installs it (.ci/run).
describe.skipIf(!HAS_TIMEW)('tt import timewarrior (real timew; skipped only when `timew` is not installed)', () => {
  it('imports what timew recorded: totals per client, DST night, midnight crossing, running interval left out', () => {
    const file = timewExport(
      [
        // 01:30 CEST to 03:30 CET on the night clocks go back: 3 hours.
        ['2026-10-25T01:30', '-', '2026-10-25T03:30', 'acme'],
        ['2026-11-02T09:00', '-', '2026-11-02T11:30', 'Acme Corp', 'web'],
        ['2026-11-04T23:00', '-', '2026-11-05T01:15', 'globex', 'night shift'],
        ['2026-11-03T09:00', '-', '2026-11-03T10:00', 'globex'],
      ],
      ['2026-11-27T09:00', 'acme'],
      // @1 is the running interval, @2 the night shift.
      ['@2', 'deploy'],
    );
    const e = ttEnv({ now: '2026-11-27T10:00:00Z', tz: 'Europe/Berlin' });
    ok(e, ['client', 'add', 'acme', '--alias', 'Acme Corp']);
    ok(e, ['client', 'add', 'globex']);

    const s = ttJson<Summary>(e, ['import', 'timewarrior', file]);
    expect(s.added).toBe(4);
    expect(s.skippedByReason).toEqual({ running: 1 });
    // timew exports by start: the running interval (09:00 Berlin, 08:00Z) is the fifth.
    expect(s.skippedRecords).toEqual([{ origin: 'timewarrior:20261127T080000Z:', where: 'interval 5', reason: 'running', names: null }]);
    // Hand-computed: acme 3 + 2.5, globex 2.25 + 1.
    expect(s.clients).toEqual([
      { client: 'acme', entries: 2, hours: 5.5 },
      { client: 'globex', entries: 2, hours: 3.25 },
    ]);

    const log = ttJson<LogJson>(e, ['log', '--since', '2026-10-01', '--until', '2026-11-27']);
    const total = (client: string): number => log.entries.filter((x) => x.client === client).reduce((h, x) => h + (Date.parse(x.end) - Date.parse(x.start)) / 3600_000, 0);
    expect(total('acme')).toBe(5.5);
    expect(total('globex')).toBe(3.25);
    expect(log.entries.map((x) => [x.start, x.end])).toEqual([
      ['2026-10-24T23:30:00Z', '2026-10-25T02:30:00Z'],
      ['2026-11-02T08:00:00Z', '2026-11-02T10:30:00Z'],
      ['2026-11-03T08:00:00Z', '2026-11-03T09:00:00Z'],
      ['2026-11-04T22:00:00Z', '2026-11-05T00:15:00Z'],
    ]);
    expect(log.entries[1]).toMatchObject({ client: 'acme', tags: ['web'], source: 'import' });
    expect(log.entries[3]).toMatchObject({ client: 'globex', tags: ['night-shift'], note: 'deploy' });

    const again = ttJson<Summary>(e, ['import', 'timewarrior', file]);
    expect(again.added).toBe(0);
    expect(again.skippedByReason).toEqual({ 'already-imported': 4, running: 1 });
  });

  it('refuses untagged and unknown intervals, naming the tags to map', () => {
    const file = timewExport([
      ['2026-11-02T09:00', '-', '2026-11-02T10:00', 'initech'],
      ['2026-11-02T10:00', '-', '2026-11-02T11:00'],
    ]);
    const e = ttEnv({ now: '2026-11-27T10:00:00Z' });
    ok(e, ['client', 'add', 'acme']);
    const r = tt(e, ['import', 'timewarrior', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 records name no known client by tag: (no tags) (1), initech (1). Nothing was imported.');
    expect(r.stderr).toContain('--map initech=CLIENT');
    expect(r.stderr).toContain('Records with (no tags) map with --map "(no tags)=CLIENT".');
    const s = ttJson<Summary>(e, ['import', 'timewarrior', file, '--map', 'initech=acme', '--skip-unmapped']);
    expect(s.added).toBe(1);
    expect(s.skippedByReason).toEqual({ unmapped: 1 });
  });
});
