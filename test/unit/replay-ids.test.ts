import { describe, expect, it } from 'vitest';
import type { TimeEvent } from '../../src/core/events.ts';
import { lastUndoableAction, replay, runningEntry } from '../../src/core/replay.ts';
import { resolveRef, shortIds } from '../../src/core/ids.ts';

let n = 0;
// ULID-shaped ids that sort in creation order.
const id = (): string => `01K${String(++n).padStart(7, '0')}ABCDEFGHJKMNPQR${String(n % 10)}`;
const base = (action: string) => ({ v: 1 as const, device: 'd1', at: '2026-11-27T09:00:00Z', tz: 'Europe/Berlin', source: 'cli' as const, action });

function entry(action: string, entryId: string, start: string, end: string | null, client = 'acme'): TimeEvent {
  return { ...base(action), id: id(), kind: 'entry', entry: entryId, start, end, client, tags: [] };
}

describe('replay', () => {
  it('turns start, switch, stop, edit, delete and undo into entries', () => {
    const a1 = entry('A1', 'E1', '2026-11-27T08:00:00Z', null);
    // A switch is one action: stop E1 and start E2 at the same instant.
    const stopE1: TimeEvent = { ...base('A2'), id: id(), kind: 'edit', entry: 'E1', set: { end: '2026-11-27T09:00:00Z' } };
    const a2 = entry('A2', 'E2', '2026-11-27T09:00:00Z', null, 'globex');
    const events = [a1, stopE1, a2];
    let entries = replay(events);
    expect(entries.map((e) => [e.client, e.end])).toEqual([
      ['acme', Date.parse('2026-11-27T09:00:00Z')],
      ['globex', null],
    ]);
    expect(runningEntry(entries)?.client).toBe('globex');

    // Undoing the switch reopens acme and removes globex.
    const undo: TimeEvent = { ...base('A3'), id: id(), kind: 'undo', undoes: 'A2' };
    entries = replay([...events, undo]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.end).toBeNull();
    // The next undo goes one further back.
    expect(lastUndoableAction([...events, undo])).toBe('A1');

    const del: TimeEvent = { ...base('A4'), id: id(), kind: 'delete', entry: 'E1' };
    expect(replay([...events, del]).map((e) => e.client)).toEqual(['globex']);
  });

  it('replays in id order whatever order the events arrive in', () => {
    const a = entry('B1', 'F1', '2026-11-20T08:00:00Z', '2026-11-20T09:00:00Z');
    const e: TimeEvent = { ...base('B2'), id: id(), kind: 'edit', entry: 'F1', set: { note: 'second', project: 'web' } };
    expect(replay([e, a])[0]).toMatchObject({ note: 'second', project: 'web' });
  });
});

describe('short ids and references', () => {
  const entries = [
    { id: '01K0000000AAAAAAAAAAQK2M9X', start: 1 },
    { id: '01K0000001BBBBBBBBBBQK2M9Y', start: 3 },
    { id: '01K0000002CCCCCCCCCC7QK2M9', start: 2 },
  ];

  it('uses the shortest unique suffix of at least six characters', () => {
    const s = shortIds(entries.map((e) => e.id));
    expect(s.get(entries[2]!.id)).toBe('7QK2M9');
    // Two ids ending in the same six characters need a seventh to tell them apart.
    const ids = ['01K0000000AAAAAAAAAXQZZZZZ', '01K0000000AAAAAAAAAYQZZZZZ', '01K0000000AAAAAAAAAYQ12345'];
    const clash = shortIds(ids);
    expect(ids.map((i) => clash.get(i))).toEqual(['XQZZZZZ', 'YQZZZZZ', 'Q12345']);
  });

  it('resolves @N by recency and abbreviations from either end', () => {
    expect(resolveRef('@1', entries).id).toBe(entries[1]!.id);
    expect(resolveRef('@3', entries).id).toBe(entries[0]!.id);
    expect(resolveRef('7qk2m9', entries).id).toBe(entries[2]!.id);
    expect(() => resolveRef('@9', entries)).toThrow(/only 3 entries/);
    expect(() => resolveRef('QK2M', entries)).toThrow(/matches 0|no entry/);
    expect(() => resolveRef('01K000000', entries)).toThrow(/matches 3 entries/);
  });
});
