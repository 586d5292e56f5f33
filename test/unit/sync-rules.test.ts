// The pure rules of sync (src/sync/verify.ts, records.ts, origins.ts, overrides.ts) and of undo and
// redo (src/core/replay.ts), with hand-made cases: what counts as taken away, what as an append.
import { describe, expect, it } from 'vitest';
import { checkGroup, type Change, type Group } from '../../src/sync/verify.ts';
import { appendedLines } from '../../src/sync/records.ts';
import { originMerges } from '../../src/sync/origins.ts';
import { describeOverride } from '../../src/sync/overrides.ts';
import { lastRedoableUndo, lastUndoableAction, replay, undoneActions } from '../../src/core/replay.ts';
import type { Entry, TimeEvent } from '../../src/core/events.ts';

const rec = (id: string, extra: Record<string, unknown> = {}): string => JSON.stringify({ id, kind: 'entry', client: 'acme', ...extra });
const shard = (...lines: string[]): string => `{"version":1,"events":[\n${lines.join(',\n')}\n]}\n`;
const change = (ours: string | null, theirs: string | null, base: string | null = null, path = 'events/aaaa/2026-11.json'): Change => ({ path, ours, theirs, base, theirsMode: theirs === null ? null : '100644', theirsIsBase: false });
const group = (own: boolean, changes: Change[], kind: Group['kind'] = 'time'): Group => ({ kind, device: own ? 'aaaa' : 'bbbb', own, changes });
const kinds = (g: Group, elsewhere?: Set<string>): string[] => checkGroup(g, elsewhere).map((p) => `${p.kind}:${p.records}`);

describe('what a remote may do to a device\'s records', () => {
  it("this device's records: not yet pushed is not missing; pushed and gone is deleted; changed is rewritten; new under its id is forged", () => {
    expect(kinds(group(true, [change(shard(rec('A1'), rec('A2')), shard(rec('A1')), shard(rec('A1')))]))).toEqual([]);
    expect(kinds(group(true, [change(shard(rec('A1'), rec('A2')), shard(rec('A2')), shard(rec('A1'), rec('A2')))]))).toEqual(['deleted:1']);
    expect(kinds(group(true, [change(shard(rec('A1')), shard(rec('A1', { client: 'evil' })), shard(rec('A1')))]))).toEqual(['rewritten:1']);
    expect(kinds(group(true, [change(shard(rec('A1')), shard(rec('A1'), rec('X9')), shard(rec('A1')))]))).toEqual(['forged:1']);
    // Removed here (a repair), still on the remote: this device's choice, not a forgery.
    expect(kinds(group(true, [change(shard(rec('A2')), shard(rec('A1'), rec('A2')), shard(rec('A1'), rec('A2')))]))).toEqual([]);
  });

  it("another device's records: it may add, and rewrite its files to the same records (any order, any of its files)", () => {
    expect(kinds(group(false, [change(shard(rec('B1')), shard(rec('B1'), rec('B2')))]))).toEqual([]);
    const reordered = JSON.stringify({ client: 'acme', kind: 'entry', id: 'B1' });
    expect(kinds(group(false, [change(shard(rec('B1'), rec('B2')), shard(rec('B2'), reordered))]))).toEqual([]);
    expect(kinds(group(false, [change(shard(rec('B1'), rec('B2')), shard(rec('B2')))]))).toEqual(['deleted:1']);
    // Moved to a month file that did not change (held on both sides alike): not missing.
    expect(kinds(group(false, [change(shard(rec('B1'), rec('B2')), shard(rec('B2')))]), new Set(['B1']))).toEqual([]);
    expect(kinds(group(false, [change(shard(rec('B1')), shard(rec('B1', { end: null })))]))).toEqual(['rewritten:1']);
    // A line that is no record (a write cut short) is nothing to keep.
    expect(kinds(group(false, [change(`{"version":1,"events":[\n${rec('B1')},\n{"id":"B2","ki\n]}\n`, shard(rec('B1')))]))).toEqual([]);
  });

  it('settings: a key is never removed, its clock never goes back, one clock is one value; this device\'s keys only move here', () => {
    const settings = (values: Record<string, [unknown, number]>): string => JSON.stringify({ version: 1, device: 'x', values: Object.fromEntries(Object.entries(values).map(([k, [value, clock]]) => [k, { value, clock }])) });
    const path = 'settings/bbbb.json';
    const other = (ours: string, theirs: string): string[] => kinds(group(false, [change(ours, theirs, null, path)], 'settings'));
    expect(other(settings({ 'config:tz': ['UTC', 5] }), settings({ 'config:tz': ['Europe/Berlin', 6] }))).toEqual([]);
    expect(other(settings({ 'config:tz': ['UTC', 5] }), settings({ 'config:tz': ['Europe/Berlin', 4] }))).toEqual(['rewound:1']);
    expect(other(settings({ 'config:tz': ['UTC', 5] }), settings({ 'config:tz': ['Europe/Berlin', 5] }))).toEqual(['rewritten:1']);
    expect(other(settings({ 'config:tz': ['UTC', 5] }), settings({}))).toEqual(['deleted:1']);
    const own = (ours: string, theirs: string, base: string): string[] => kinds(group(true, [change(ours, theirs, base, 'settings/aaaa.json')], 'settings'));
    expect(own(settings({ 'config:tz': ['UTC', 7] }), settings({ 'config:tz': ['Europe/Berlin', 5] }), settings({ 'config:tz': ['Europe/Berlin', 5] }))).toEqual([]);
    expect(own(settings({ 'config:tz': ['UTC', 7] }), settings({ 'config:tz': ['Europe/Berlin', 9] }), settings({ 'config:tz': ['UTC', 7] }))).toEqual(['forged:1']);
    expect(own(settings({ 'config:tz': ['UTC', 7] }), settings({ 'config:tz': ['Europe/Berlin', 3] }), settings({ 'config:tz': ['UTC', 7] }))).toEqual(['rewound:1']);
  });

  it('appendedLines: the lines a fold or an append added after all the old ones, else null', () => {
    expect(appendedLines('time', shard(rec('B1')), shard(rec('B1'), rec('B2')))).toEqual([rec('B2')]);
    expect(appendedLines('time', shard(rec('B1')), shard(rec('B1')))).toEqual([]);
    expect(appendedLines('time', shard(rec('B2')), shard(rec('B1'), rec('B2')))).toBeNull();
    expect(appendedLines('time', shard(rec('B1')), shard(rec('B1x')))).toBeNull();
    expect(appendedLines('records', `\n${rec('P1')}\n`, `\n${rec('P1')}\n\n${rec('P2')}\n`)).toEqual([rec('P2')]);
    expect(appendedLines('records', `\n${rec('P1')}\n`, `\n${rec('P2')}\n`)).toBeNull();
  });
});

describe('entries imported on two devices', () => {
  const entry = (id: string, origin?: string, invoice?: string): Entry => ({ id, start: 0, end: 1, tz: 'UTC', source: 'import', client: 'acme', tags: [], lastAction: id, ...(origin ? { origin } : {}), ...(invoice ? { invoice } : {}) });
  it('keeps the one recorded first, or the one an invoice bills; two billed are left to the user', () => {
    expect(originMerges([entry('E2', 'w:1'), entry('E1', 'w:1'), entry('E3', 'w:2'), entry('E4')], new Set()).merges).toEqual([{ origin: 'w:1', kept: 'E1', dropped: ['E2'] }]);
    expect(originMerges([entry('E1', 'w:1'), entry('E2', 'w:1')], new Set(['E2'])).merges).toEqual([{ origin: 'w:1', kept: 'E2', dropped: ['E1'] }]);
    const both = originMerges([entry('E1', 'w:1', 'I1'), entry('E2', 'w:1')], new Set(['E2']));
    expect(both).toEqual({ merges: [], billedTwice: ['w:1'] });
  });
});

describe('an override in words', () => {
  it('shows what each side changed, not a summary both share, and devices by name', () => {
    const client = (rate: number): unknown => ({ name: 'acme', currency: 'USD', rates: [{ from: null, rate: 80 }, { from: '2026-11-01', rate }, { from: '2026-12-01', rate: 100 }] });
    const text = describeOverride({ key: 'client:acme', kept: { device: 'b1', value: client(95) }, dropped: { device: 'a1', value: client(92) } }, new Map([['a1', 'laptop'], ['b1', 'desktop']]));
    expect(text).toBe('acme (rate 95 USD from 2026-11-01) from desktop overrode acme (rate 92 USD from 2026-11-01) from laptop');
    expect(describeOverride({ key: 'config:tz', kept: { device: 'b1', value: 'UTC' }, dropped: { device: 'zz99', value: null } }, new Map())).toBe('tz = "UTC" from b1 overrode tz unset from zz99');
  });
});

describe('undo and redo in replay', () => {
  const base = { v: 1 as const, at: '2026-11-27T10:00:00Z', tz: 'UTC', source: 'cli' as const };
  const add = (id: string, device = 'me'): TimeEvent => ({ ...base, id, device, action: `a${id}`, kind: 'entry', entry: `e${id}`, start: '2026-11-27T08:00:00Z', end: '2026-11-27T09:00:00Z', client: 'acme', tags: [] });
  const undo = (id: string, undoes: string, device = 'me'): TimeEvent => ({ ...base, id, device, action: `a${id}`, kind: 'undo', undoes });

  it('a redo is an undo of an undo; an undo of the redo undoes again', () => {
    const events = [add('01'), undo('02', 'a01'), undo('03', 'a02')];
    expect([...undoneActions(events)]).toEqual(['a02']);
    expect(replay(events)).toHaveLength(1);
    expect(replay([...events, undo('04', 'a01')])).toHaveLength(0);
  });

  it('undo takes this device\'s own latest action, never another device\'s or a sync\'s; redo only until something new', () => {
    const events = [add('01'), add('02', 'other'), { ...add('03'), source: 'sync' as const }];
    expect(lastUndoableAction(events, 'me')).toBe('a01');
    expect(lastUndoableAction(events)).toBe('a03');
    const undone = [...events, undo('04', 'a01')];
    expect(lastRedoableUndo(undone, 'me')?.id).toBe('04');
    expect(lastRedoableUndo(undone, 'other')).toBeNull();
    expect(lastRedoableUndo([...undone, add('05')], 'me')).toBeNull();
    expect(lastRedoableUndo([...undone, undo('05', 'a04')], 'me')).toBeNull(); // redone already
  });
});
