import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/reconcile/rules/attribution.ts';
import { conflicts } from '../../src/reconcile/rules/conflicts.ts';
import type { Interval, Level, SourceKind } from '../../src/reconcile/rules/types.ts';

// All on 2026-11-23, in UTC, so the expectations read as clock times.
const t = (hm: string): number => Date.parse(`2026-11-23T${hm}:00Z`);
const hm = (ms: number): string => new Date(ms).toISOString().slice(11, 16);
const iv = (client: string, from: string, to: string, kind: SourceKind): Interval => {
  const level: Level = kind === 'tracked' ? 'tracked' : kind === 'meeting' ? 'meeting' : 'activity';
  return { start: t(from), end: t(to), client, kind, level };
};
const owned = (list: Interval[]): string[] => attribute(list).map((o) => `${hm(o.start)}-${hm(o.end)} ${o.client} ${o.level}`);
const found = (list: Interval[]): string[] => conflicts(list).map((c) => `${hm(c.start)}-${hm(c.end)} ${c.clients.join('+')} ${c.kinds.join('+')}`);

describe('attribution and conflicts', () => {
  it('two clients overlapping at one level: the later-starting one wins the overlap', () => {
    const list = [iv('acme', '10:00', '12:00', 'commit'), iv('globex', '11:00', '13:00', 'commit')];
    expect(owned(list)).toEqual(['10:00-11:00 acme activity', '11:00-13:00 globex activity']);
    expect(found(list)).toEqual(['11:00-12:00 acme+globex commit']);
  });

  it('a meeting inside another client\'s commit session takes its own time; the session keeps the rest', () => {
    const list = [iv('acme', '09:00', '12:00', 'commit'), iv('globex', '10:00', '10:30', 'meeting')];
    expect(owned(list)).toEqual(['09:00-10:00 acme activity', '10:00-10:30 globex meeting', '10:30-12:00 acme activity']);
    expect(found(list)).toEqual(['10:00-10:30 acme+globex commit+meeting']);
  });

  it('a tracked entry over both beats the meeting and the session, and both overlaps are conflicts', () => {
    const list = [iv('acme', '09:00', '12:00', 'commit'), iv('globex', '10:00', '10:30', 'meeting'), iv('initech', '09:45', '11:00', 'tracked')];
    expect(owned(list)).toEqual(['09:00-09:45 acme activity', '09:45-11:00 initech tracked', '11:00-12:00 acme activity']);
    expect(found(list)).toEqual(['09:45-10:00 acme+initech commit+tracked', '10:00-10:30 acme+globex+initech commit+meeting+tracked', '10:30-11:00 acme+initech commit+tracked']);
  });

  it('a timer left running through another client\'s meeting keeps the time, and the overlap is reported', () => {
    const list = [iv('acme', '09:00', '17:00', 'tracked'), iv('globex', '11:00', '12:00', 'meeting')];
    expect(owned(list)).toEqual(['09:00-17:00 acme tracked']);
    expect(found(list)).toEqual(['11:00-12:00 acme+globex meeting+tracked']);
  });

  it('one client at several levels counts once and is no conflict', () => {
    const list = [iv('acme', '09:00', '11:00', 'commit'), iv('acme', '09:30', '10:00', 'meeting'), iv('acme', '10:30', '12:00', 'presence')];
    expect(owned(list)).toEqual(['09:00-09:30 acme activity', '09:30-10:00 acme meeting', '10:00-12:00 acme activity']);
    expect(found(list)).toEqual([]);
  });

  it('two clients starting together: the one ending first wins, then the other takes the rest', () => {
    const list = [iv('globex', '10:00', '11:00', 'meeting'), iv('acme', '10:00', '10:30', 'meeting')];
    expect(owned(list)).toEqual(['10:00-10:30 acme meeting', '10:30-11:00 globex meeting']);
    expect(owned([...list].reverse())).toEqual(owned(list));
  });

  it('intervals that only touch do not overlap', () => {
    const list = [iv('acme', '09:00', '10:00', 'tracked'), iv('globex', '10:00', '11:00', 'tracked')];
    expect(found(list)).toEqual([]);
    expect(owned(list)).toEqual(['09:00-10:00 acme tracked', '10:00-11:00 globex tracked']);
  });
});
