// A damaged month shard: commands name the file and its first bad record, exit 3 and leave the file
// exactly as it was; the other months stay readable; `tt doctor --repair` moves the bad record to
// quarantine/ and keeps the good ones.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, tt, ttEnv, ttJson, type TtEnv } from '../helpers/cli.ts';
import { ageAsides } from './store-files.ts';

const MONTHS = ['09', '10', '11'];
const DAYS = ['02', '03', '04'];

/** Three entries recorded in each of September, October and November 2026: one shard a month. */
function world(): { e: TtEnv; october: string } {
  const e = ttEnv({ now: '2026-11-20T12:00:00Z' });
  ok(e, ['client', 'add', 'acme']);
  for (const m of MONTHS) {
    for (const d of DAYS) {
      ok(e, ['add', 'acme', '--from', `2026-${m}-${d}T09:00:00Z`, '--to', `2026-${m}-${d}T10:00:00Z`, '--note', `${m}-${d}`], 0, { TT_NOW: `2026-${m}-20T12:00:00Z` });
    }
  }
  ok(e, ['fold']);
  // A fold keeps the journals it set aside for a grace period (a writer may still be appending); age
  // them so the next fold removes them and the shards alone hold history.
  ageAsides(e.home);
  ok(e, ['fold']);
  expect(readdirSync(e.home).filter((n) => n.startsWith('journal'))).toEqual([]);
  const device = readdirSync(join(e.home, 'events'))[0]!;
  return { e, october: join(e.home, 'events', device, '2026-10.json') };
}

/** Damages the second event of a shard (its line 3) the way `how` says. */
function damage(file: string, how: 'bad value' | 'broken JSON'): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[2] = how === 'bad value' ? lines[2]!.replace(/"start":"[^"]*"/, '"start":"last tuesday"') : lines[2]!.replace('"tags":[]', '"tags":[');
  const text = lines.join('\n');
  writeFileSync(file, text);
  return text;
}

const notes = (entries: { note: string | null }[]): string[] => entries.map((x) => x.note ?? '').sort();

describe.each(['bad value', 'broken JSON'] as const)('a shard with a %s', (how) => {
  let e: TtEnv;
  let october: string;
  let damaged: string;
  beforeEach(() => {
    ({ e, october } = world());
    damaged = damage(october, how);
  });

  it('is named with its first bad record, exit 3, left as it was, and the other months still show', () => {
    const log = tt(e, ['log', '--since', '2026-09-01']);
    expect(log.code).toBe(3);
    expect(log.stderr).toContain(`${october} is damaged: event 2 (line 3) `);
    expect(log.stderr).toMatch(how === 'bad value' ? /not a valid event \(start: / : /not valid JSON: \{/);
    expect(log.stderr).toContain('tt doctor --repair');
    for (const m of ['09', '11']) for (const d of DAYS) expect(log.stdout).toContain(`${m}-${d}`);
    expect(readFileSync(october, 'utf8')).toBe(damaged);

    const json = tt(e, ['log', '--since', '2026-09-01', '--json']);
    expect(json.code).toBe(3);
    expect(notes(JSON.parse(json.stdout).entries)).toEqual(['09-02', '09-03', '09-04', '11-02', '11-03', '11-04']);

    // A change on top of history that could not be read whole is refused, and changes nothing.
    const edit = tt(e, ['edit', '@1', '--note', 'x']);
    expect(edit.code).toBe(3);
    expect(edit.stderr).toContain(october);
    expect(readFileSync(october, 'utf8')).toBe(damaged);
  });

  it('is found by tt doctor, and tt doctor --repair quarantines the bad record and keeps the good ones', () => {
    const found = tt(e, ['doctor', '--json']);
    expect(found.code).toBe(3);
    const report = JSON.parse(found.stdout) as { ok: boolean; findings: { file: string; problem: string; repaired: boolean }[] };
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([{ file: october, problem: expect.stringMatching(/^1 bad record, first: .*; 2 good records$/), repaired: false }]);
    expect(readFileSync(october, 'utf8')).toBe(damaged);

    const repaired = ttJson<{ ok: boolean; findings: { file: string; repaired: boolean }[] }>(e, ['doctor', '--repair']);
    expect(repaired.ok).toBe(true);
    expect(repaired.findings).toEqual([{ file: october, problem: expect.any(String), repaired: true }]);
    const quarantine = join(e.home, 'quarantine');
    const kept = readdirSync(quarantine).sort();
    expect(kept).toEqual([expect.stringMatching(/2026-10\.json\..*\.bad$/), expect.stringMatching(/2026-10\.json\..*\.original$/)]);
    expect(readFileSync(join(quarantine, kept[0]!), 'utf8')).toContain('"note":"10-03"');
    expect(readFileSync(join(quarantine, kept[1]!), 'utf8')).toBe(damaged);

    const log = ttJson<{ entries: { note: string | null }[] }>(e, ['log', '--since', '2026-09-01']);
    expect(notes(log.entries)).toEqual(['09-02', '09-03', '09-04', '10-02', '10-04', '11-02', '11-03', '11-04']);
    expect(ttJson<{ ok: boolean; findings: unknown[] }>(e, ['doctor'])).toMatchObject({ ok: true, findings: [] });
  });
});
