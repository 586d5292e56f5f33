import { describe, expect, it } from 'vitest';
import { buildPresence } from '../../src/reconcile/rules/presence.ts';
import type { PresenceRecord } from '../../src/reconcile/rules/types.ts';

const t = (s: string): number => Date.parse(s);
const IDLE = 15 * 60_000;
const rec = (at: string, kind: PresenceRecord['kind'], shell?: string): PresenceRecord => ({ at: t(at), kind, repo: '/r/acme-web', client: 'acme', shell });
const spans = (list: { start: number; end: number }[]): string[][] => list.map((i) => [new Date(i.start).toISOString().slice(11, 16), new Date(i.end).toISOString().slice(11, 16)]);

describe('presence', () => {
  it('runs from enter to leave', () => {
    expect(spans(buildPresence([rec('2026-11-23T09:00:00Z', 'enter'), rec('2026-11-23T09:10:00Z', 'heartbeat'), rec('2026-11-23T09:20:00Z', 'leave')], IDLE))).toEqual([['09:00', '09:20']]);
  });

  it('counts a terminal left open overnight as idle minutes after its last record, not the night', () => {
    expect(spans(buildPresence([rec('2026-11-23T18:00:00Z', 'enter'), rec('2026-11-23T18:05:00Z', 'heartbeat'), rec('2026-11-24T07:00:00Z', 'leave')], IDLE))).toEqual([['18:00', '18:20']]);
  });

  it('starts a new stretch when the user comes back after more than idle', () => {
    expect(spans(buildPresence([rec('2026-11-23T09:00:00Z', 'enter'), rec('2026-11-23T09:15:00Z', 'heartbeat'), rec('2026-11-23T09:40:00Z', 'heartbeat'), rec('2026-11-23T09:50:00Z', 'leave')], IDLE))).toEqual([
      ['09:00', '09:30'],
      ['09:40', '09:50'],
    ]);
  });

  it('follows two terminals on their own; a leave with nothing open ends nothing', () => {
    const r = buildPresence([rec('2026-11-23T09:00:00Z', 'enter', 'a'), rec('2026-11-23T09:05:00Z', 'enter', 'b'), rec('2026-11-23T09:06:00Z', 'leave', 'a'), rec('2026-11-23T09:30:00Z', 'leave', 'b'), rec('2026-11-23T11:00:00Z', 'leave', 'a')], IDLE);
    expect(spans(r)).toEqual([
      ['09:00', '09:06'],
      ['09:05', '09:20'],
    ]);
  });
});
