import { describe, expect, it } from 'vitest';
import { clipOverlaps, findOverlaps } from '../../src/report/overlaps.ts';

const span = (id: string, start: number, end: number) => ({ id, start, end });
const pieces = (list: { entry: { id: string }; start: number; end: number }[]) => list.map((p) => [p.entry.id, p.start, p.end]);

describe('findOverlaps', () => {
  it('pairs each entry that starts inside an earlier one with it', () => {
    const found = findOverlaps([span('b', 10, 11), span('a', 9, 12), span('c', 12, 13), span('d', 12, 14)]);
    expect(found.map((o) => [o.earlier.id, o.later.id])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('does not count entries that only touch', () => {
    expect(findOverlaps([span('a', 9, 10), span('b', 10, 11)])).toEqual([]);
  });
});

describe('clipOverlaps', () => {
  it('lets the later-starting entry win, and the earlier one resumes after it', () => {
    expect(pieces(clipOverlaps([span('a', 9, 12), span('b', 10, 11)]))).toEqual([
      ['a', 9, 10],
      ['b', 10, 11],
      ['a', 11, 12],
    ]);
  });

  it('cuts the end of an entry that a later one overlaps', () => {
    expect(pieces(clipOverlaps([span('a', 9, 11), span('b', 10, 12)]))).toEqual([
      ['a', 9, 10],
      ['b', 10, 12],
    ]);
  });

  it('keeps the union: nothing counted twice, nothing lost', () => {
    const out = clipOverlaps([span('a', 0, 10), span('b', 2, 4), span('c', 3, 8), span('d', 9, 15), span('e', 20, 21)]);
    expect(pieces(out)).toEqual([
      ['a', 0, 2],
      ['b', 2, 3],
      ['c', 3, 8],
      ['a', 8, 9],
      ['d', 9, 15],
      ['e', 20, 21],
    ]);
    expect(findOverlaps(out.map((p) => ({ id: p.entry.id, start: p.start, end: p.end })))).toEqual([]);
  });

  it('between two entries starting together, the later id wins', () => {
    expect(pieces(clipOverlaps([span('b', 1, 3), span('a', 1, 5)]))).toEqual([
      ['b', 1, 3],
      ['a', 3, 5],
    ]);
  });
});
