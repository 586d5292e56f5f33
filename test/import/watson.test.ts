// Watson's frames file from the corpus (test/fixtures/corpus), imported through the built binary:
// refusal of unknown names, mapping by alias and --map, totals per client, idempotence, undo.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ok, tt, ttEnv, ttJson } from '../helpers/cli.ts';
import { corpusFile } from '../helpers/corpus.ts';

interface LogJson {
  entries: { id: string; client: string; project: string | null; tags: string[]; start: string; end: string; hours: number; source: string }[];
}
interface Summary {
  added: number;
  skipped: number;
  action: string | null;
  clients: { client: string; entries: number; hours: number }[];
  skippedByReason: Record<string, number>;
  entries: { id: string; origin: string; client: string; start: string; end: string }[];
}

const FRAMES = corpusFile('exports', 'watson', 'frames');
const ALL = ['--since', '2018-01-01', '--until', '2026-11-27'];

function world() {
  const e = ttEnv({ now: '2026-11-27T10:00:00Z' });
  ok(e, ['client', 'add', 'acme']);
  ok(e, ['client', 'add', 'globex']);
  return e;
}

function hoursByClient(log: LogJson): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of log.entries) out[x.client] = (out[x.client] ?? 0) + (Date.parse(x.end) - Date.parse(x.start)) / 3600_000;
  return out;
}

describe('tt import watson', () => {
  it('refuses names that map to no client, naming them and the flag, and writes nothing', () => {
    const e = world();
    ok(e, ['client', 'set', 'acme', '--alias', 'project1']);
    const r = tt(e, ['import', 'watson', FRAMES]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('7 records name no known client by project: project2 (2), project3-A (2), project3-B (2), project4 (1). Nothing was imported.');
    expect(r.stderr).toContain('--map project2=CLIENT');
    expect(ttJson<LogJson>(e, ['log', ...ALL]).entries).toEqual([]);
  });

  it('maps by alias and --map; totals per client equal the frames file; twice adds nothing; undo removes it', () => {
    const e = world();
    ok(e, ['client', 'set', 'acme', '--alias', 'project1', '--alias', 'Project3-A']);
    const args = ['import', 'watson', FRAMES, '--map', 'project3-B=acme/b', '--map', 'project2=globex', '--map', 'PROJECT4=globex/ops'];
    const first = ttJson<Summary>(e, args);
    expect(first.added).toBe(10);
    expect(first.skipped).toBe(0);

    // Expected totals straight from the file: [start, stop, project, ...] in seconds.
    const frames = JSON.parse(readFileSync(FRAMES, 'utf8')) as [number, number, string][];
    const clientOf: Record<string, string> = { project1: 'acme', 'project3-A': 'acme', 'project3-B': 'acme', project2: 'globex', project4: 'globex' };
    const expected: Record<string, number> = {};
    for (const [start, stop, project] of frames) expected[clientOf[project]!] = (expected[clientOf[project]!] ?? 0) + (stop - start) / 3600;
    const log = ttJson<LogJson>(e, ['log', ...ALL]);
    const got = hoursByClient(log);
    expect(got.acme).toBeCloseTo(expected.acme!, 9);
    expect(got.globex).toBeCloseTo(expected.globex!, 9);
    // Hand-checked: frame 1 is 1539683175..1539685649, project1, tag1.
    expect(log.entries[0]).toMatchObject({ client: 'acme', project: null, tags: ['tag1'], start: '2018-10-16T09:46:15Z', end: '2018-10-16T10:27:29Z', source: 'import' });
    expect(log.entries.filter((x) => x.project === 'ops')).toHaveLength(1);
    expect(first.clients).toEqual([
      { client: 'acme', entries: 7, hours: 4.4108 },
      { client: 'globex', entries: 3, hours: 1.3528 },
    ]);

    const second = ttJson<Summary>(e, args);
    expect(second).toMatchObject({ added: 0, skipped: 10, action: null, skippedByReason: { 'already-imported': 10 } });
    expect(ttJson<LogJson>(e, ['log', ...ALL]).entries).toHaveLength(10);

    const text = ok(e, args).stdout;
    expect(text).toContain('Nothing new to import');
    expect(text).toContain('10  already imported');

    ok(e, ['undo']);
    expect(ttJson<LogJson>(e, ['log', ...ALL]).entries).toEqual([]);
    // An undone import is forgotten: importing again brings it all back.
    expect(ttJson<Summary>(e, args).added).toBe(10);
  });

  it('does not bring back an imported entry the user deleted', () => {
    const e = world();
    const args = ['import', 'watson', FRAMES, '--map', 'project1=acme', '--map', 'project2=acme', '--map', 'project3-A=acme', '--map', 'project3-B=acme', '--map', 'project4=globex'];
    const first = ttJson<Summary>(e, args);
    const globex = first.entries.find((x) => x.client === 'globex')!;
    ok(e, ['delete', globex.id]);
    const again = ttJson<Summary>(e, args);
    expect(again.added).toBe(0);
    expect(again.skippedByReason).toEqual({ 'already-imported': 9, 'deleted-since-import': 1 });
  });

  it('--skip-unmapped imports the rest, and --dry-run writes nothing', () => {
    const e = world();
    ok(e, ['client', 'set', 'acme', '--alias', 'project1']);
    const dry = ok(e, ['import', 'watson', FRAMES, '--skip-unmapped', '--dry-run']).stdout;
    expect(dry).toContain('Would import 3 entries (2:17)');
    expect(dry).toContain('7  no client (--skip-unmapped)');
    expect(ttJson<LogJson>(e, ['log', ...ALL]).entries).toEqual([]);
    expect(ttJson<Summary>(e, ['import', 'watson', FRAMES, '--skip-unmapped']).added).toBe(3);
  });

  it('takes clients from tags with --client-from tag; the project stays the project', () => {
    const e = world();
    const s = ttJson<Summary>(e, ['import', 'watson', FRAMES, '--client-from', 'tag', '--map', 'tag1=acme', '--map', 'tag2=acme', '--map', 'tag3=globex']);
    expect(s.added).toBe(10);
    const log = ttJson<LogJson>(e, ['log', ...ALL]);
    expect(log.entries[0]).toMatchObject({ client: 'acme', project: 'project1', tags: [] });
  });

  it('reads the frames of a sync conflict file', () => {
    const e = world();
    const s = ttJson<Summary>(e, ['import', 'watson', corpusFile('exports', 'watson', 'frames-with-conflict'), '--map', 'foo=acme', '--map', 'bar=globex']);
    expect(s.clients).toEqual([
      { client: 'acme', entries: 1, hours: 0.0042 },
      { client: 'globex', entries: 2, hours: 0.0222 },
    ]);
  });

  it('names a file that is not a frames file', () => {
    const e = world();
    const r = tt(e, ['import', 'watson', corpusFile('exports', 'toggl', 'tt-toggl-bom-amount.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tt-toggl-bom-amount\.csv is not JSON/);
    expect(r.stderr).toContain('frames file');
    const missing = tt(e, ['import', 'watson', '/nonexistent/frames']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/frames: no such file');
  });
});
