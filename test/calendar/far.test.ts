// Cutting single events far from the window out of the text before the full reader runs.
import { describe, expect, it } from 'vitest';
import { cutFarEvents } from '../../src/calendar/far.ts';

const W = { start: Date.parse('2026-06-01T00:00:00Z'), end: Date.parse('2026-06-08T00:00:00Z') };
const text = (...events: string[][]): string =>
  ['BEGIN:VCALENDAR', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');

describe('cutFarEvents', () => {
  it('replaces a far single event by as many line breaks, keeping a stub with its line, UID and version', () => {
    const input = text(['UID:far', 'SEQUENCE:3', 'DTSTAMP:20250101T000000Z', 'DTSTART;TZID=Europe/Berlin:20250601T090000', 'DTEND;TZID=Europe/Berlin:20250601T100000'], ['UID:near', 'DTSTART:20260602T090000Z']);
    const r = cutFarEvents(input, W);
    expect(r.stubs).toEqual([{ uid: 'far', rid: null, line: 2, sequence: 3, stamp: '20250101T000000Z' }]);
    // Lines 2-8 (BEGIN..END of the far event) are gone; the rest starts on line 8, after END:VEVENT.
    expect(r.pieces.map((p) => p.line)).toEqual([1, 8]);
    expect(r.pieces.map((p) => p.text).join('')).not.toContain('UID:far');
    expect(r.pieces[1]!.text.split('\n')[2]).toBe('UID:near\r'); // line 10
  });

  it('cuts a far event whole even when its text quotes BEGIN:VEVENT', () => {
    const input = text(['UID:q', 'DESCRIPTION:pasted BEGIN:VEVENT here', 'DTSTART:20250601T090000Z'], ['UID:near', 'DTSTART:20260602T090000Z']);
    const r = cutFarEvents(input, W);
    expect(r.stubs.map((s) => s.uid)).toEqual(['q']);
    expect(r.pieces.map((p) => p.text).join('')).toContain('UID:near');
  });

  it('cuts an override when both the instance it replaces and its own time are far', () => {
    const r = cutFarEvents(text(['UID:s', 'RECURRENCE-ID;TZID=Europe/Berlin:20250601T090000', 'DTSTART;TZID=Europe/Berlin:20250601T100000']), W);
    expect(r.stubs).toEqual([{ uid: 's', rid: '20250601T090000', line: 2, sequence: 0, stamp: '' }]);
  });

  it('keeps series, overrides of instances near the window, THISANDFUTURE overrides, events near the window, and lines it cannot read whole', () => {
    const keep = [
      ['UID:a', 'DTSTART:20250601T090000Z', 'RRULE:FREQ=DAILY'],
      ['UID:b', 'RECURRENCE-ID:20260601T090000Z', 'DTSTART:20250601T090000Z'],
      ['UID:b', 'RECURRENCE-ID;RANGE=THISANDFUTURE:20250601T090000Z', 'DTSTART:20250601T090000Z'],
      ['UID:c', 'DTSTART:20260531T230000Z', 'DTEND:20260601T000000Z'],
      ['UID:d', 'DTSTART:20250601T090000Z', 'DTEND:20250601T10', ' 0000Z'],
      ['UID:e', 'DTSTART:20260515T090000Z', 'DURATION:P30D'],
      ['UID:f', 'SUMMARY:no start'],
      ['UID:g', 'DESCRIPTION:pasted BEGIN:VEVENT and END:VEVENT here', 'DTSTART:20260602T090000Z'],
    ];
    const input = text(...keep);
    expect(cutFarEvents(input, W)).toEqual({ pieces: [{ text: input, line: 1 }], stubs: [] });
  });
});
