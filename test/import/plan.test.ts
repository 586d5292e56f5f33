// Mapping names to clients and planning what an import adds, with hand-made records.
import { describe, expect, it } from 'vitest';
import { newClient, type Client } from '../../src/core/client.ts';
import { cleanTags, mapRecord } from '../../src/import/mapping.ts';
import { clientFrom, parseMap } from '../../src/import/options.ts';
import { countOverlaps } from '../../src/import/overlaps.ts';
import { knownOrigins, planImport } from '../../src/import/plan.ts';
import { unmappedError } from '../../src/import/refuse.ts';
import type { MappingOptions, SourceRecord } from '../../src/import/types.ts';

const H = 3600_000;
const clients: Client[] = [{ ...newClient('acme'), aliases: ['Acme Corp'] }, newClient('globex')];

function rec(origin: string, over: Partial<SourceRecord> = {}): SourceRecord {
  return { origin, where: origin, start: 10 * H, end: 11 * H, client: null, project: null, tags: [], note: null, ...over };
}

const none = { live: new Set<string>(), ever: new Set<string>() };
const byTag: MappingOptions = { clientFrom: 'tag', map: new Map() };

describe('mapRecord', () => {
  it('takes the client from a tag by name or alias, case-insensitively; the other tags stay', () => {
    expect(mapRecord(rec('a', { tags: ['ACME', 'web'] }), clients, byTag)).toEqual({ ok: true, client: 'acme', tags: ['web'] });
    expect(mapRecord(rec('a', { tags: ['web', 'acme corp'] }), clients, byTag)).toEqual({ ok: true, client: 'acme', tags: ['web'] });
  });

  it('reports tags that name no client, tags of two clients, and records without tags', () => {
    expect(mapRecord(rec('a', { tags: ['acne', 'web'] }), clients, byTag)).toEqual({ ok: false, reason: 'unmapped', names: ['acne', 'web'] });
    expect(mapRecord(rec('a', { tags: ['acme', 'globex'] }), clients, byTag)).toEqual({ ok: false, reason: 'ambiguous', names: ['acme→acme', 'globex→globex'] });
    expect(mapRecord(rec('a'), clients, byTag)).toEqual({ ok: false, reason: 'unmapped', names: ['(no tags)'] });
  });

  it('--map wins over names and can give a project', () => {
    const opts: MappingOptions = { clientFrom: 'project', map: parseMap(['Side Gig=globex/web', 'acme=globex'], clients) };
    expect(mapRecord(rec('a', { project: 'side gig', tags: ['x y', '+z'] }), clients, opts)).toEqual({ ok: true, client: 'globex', project: 'web', tags: ['x-y', 'z'] });
    expect(mapRecord(rec('a', { project: 'acme' }), clients, opts)).toEqual({ ok: true, client: 'globex', tags: [] });
  });

  it('records without a name map only through --map "(no tags)=CLIENT" and the like', () => {
    const opts: MappingOptions = { clientFrom: 'tag', map: parseMap(['(No Tags)=globex/misc'], clients) };
    expect(mapRecord(rec('a', { project: 'p' }), clients, opts)).toEqual({ ok: true, client: 'globex', project: 'misc', tags: [] });
    const byClient: MappingOptions = { clientFrom: 'client', map: parseMap(['(no client)=acme'], clients) };
    expect(mapRecord(rec('a', { project: 'Website', tags: ['x'] }), clients, byClient)).toEqual({ ok: true, client: 'acme', project: 'Website', tags: ['x'] });
  });

  it('from a client column the file project stays the project', () => {
    const opts: MappingOptions = { clientFrom: 'client', map: new Map() };
    expect(mapRecord(rec('a', { client: 'Acme Corp', project: 'Website' }), clients, opts)).toEqual({ ok: true, client: 'acme', project: 'Website', tags: [] });
    expect(mapRecord(rec('a', { project: 'Website' }), clients, opts)).toEqual({ ok: false, reason: 'unmapped', names: ['(no client)'] });
  });

  it('cleans tags into single words', () => {
    expect(cleanTags([' bug fix ', '+x', 'x', '', 'a+b'])).toEqual(['bug-fix', 'x', 'a-b']);
  });
});

describe('options', () => {
  it('refuses a --map to an unknown client with a suggestion, and a malformed one', () => {
    expect(() => parseMap(['p=acm'], clients)).toThrow('--map p=acm: unknown client "acm"');
    expect(() => parseMap(['acme'], clients)).toThrow('expected NAME=CLIENT');
    expect(() => parseMap(['p=acme', 'P=globex'], clients)).toThrow('--map names "P" twice');
  });

  it('allows only the names a format has', () => {
    expect(clientFrom('watson', undefined)).toBe('project');
    expect(clientFrom('timewarrior', undefined)).toBe('tag');
    expect(clientFrom('toggl', undefined)).toBe('client');
    expect(() => clientFrom('timewarrior', 'project')).toThrow('--client-from project does not fit timewarrior');
  });
});

describe('planImport', () => {
  it('skips running, empty, repeated, already imported and deleted records, in that order', () => {
    const records = [
      rec('run', { end: null, tags: ['nobody'] }),
      rec('empty', { end: 10 * H, tags: ['acme'] }),
      rec('new', { tags: ['acme'] }),
      rec('new', { tags: ['acme'] }),
      rec('old', { tags: ['renamed-since'] }),
      rec('gone', { tags: ['acme'] }),
    ];
    const plan = planImport(records, clients, byTag, { live: new Set(['old']), ever: new Set(['old', 'gone']) });
    expect(plan.entries.map((e) => e.origin)).toEqual(['new']);
    expect(plan.skipped.map((s) => [s.origin, s.reason])).toEqual([
      ['run', 'running'],
      ['empty', 'empty'],
      ['new', 'duplicate-in-file'],
      ['old', 'already-imported'],
      ['gone', 'deleted-since-import'],
    ]);
    // The already imported record names no client any more, and that is no reason to refuse.
    expect(plan.unmapped).toEqual([]);
  });

  it('counts unmapped names per record and refuses with a --map hint', () => {
    const plan = planImport([rec('1', { tags: ['acne'] }), rec('2', { tags: ['acne'] }), rec('3', { tags: ['initech', 'web'] })], clients, byTag, none);
    expect(plan.unmapped).toEqual([
      { name: 'acne', records: 2 },
      { name: 'initech', records: 1 },
      { name: 'web', records: 1 },
    ]);
    const err = unmappedError(plan, 'tag')!;
    expect(err.message).toBe('3 records name no known client by tag: acne (2), initech (1), web (1). Nothing was imported.');
    expect(err.hint).toContain('--map acne=CLIENT');
    expect(err.hint).toContain('tt client set CLIENT --alias acne');
  });

  it('keeps only the chosen person in team exports, and lists unused --map keys', () => {
    const opts: MappingOptions = { clientFrom: 'client', map: parseMap(['nobody=acme'], clients), user: 'jane doe' };
    const plan = planImport([rec('1', { client: 'acme', user: 'Jane Doe' }), rec('2', { client: 'acme', user: 'Bob' })], clients, opts, none);
    expect(plan.entries.map((e) => e.origin)).toEqual(['1']);
    expect(plan.skipped).toEqual([{ origin: '2', where: '2', reason: 'other-user' }]);
    expect(plan.unusedMaps).toEqual(['nobody']);
  });

  it('knows imported origins: undone imports are forgotten, deleted entries are remembered', () => {
    const events = [
      { kind: 'entry', action: 'A', origin: 'x' },
      { kind: 'entry', action: 'A', origin: 'y' },
      { kind: 'entry', action: 'B', origin: 'z' },
      { kind: 'undo', action: 'C', undoes: 'B' },
    ];
    const k = knownOrigins(events, ['x']);
    expect([...k.live]).toEqual(['x']);
    expect([...k.ever].sort()).toEqual(['x', 'y']);
  });
});

describe('countOverlaps', () => {
  it('counts new spans that overlap any existing one; touching ends do not overlap', () => {
    const existing = [
      { start: 0, end: 10 * H },
      { start: 1 * H, end: 2 * H },
      { start: 20 * H, end: 21 * H },
    ];
    expect(countOverlaps([{ start: 9 * H, end: 12 * H }], existing)).toBe(1);
    expect(countOverlaps([{ start: 10 * H, end: 20 * H }], existing)).toBe(0);
    expect(countOverlaps([{ start: 15 * H, end: 20.5 * H }, { start: 21 * H, end: 22 * H }], existing)).toBe(1);
    expect(countOverlaps([{ start: 0, end: 1 }], [])).toBe(0);
  });
});
