// Each exclusion rule on its own, and their order when several apply.
import { describe, expect, it } from 'vitest';
import { exclusionReason, type ExclusionInput } from '../../src/calendar/exclusions.ts';

const meeting = (over: Partial<ExclusionInput> = {}): ExclusionInput => ({ allDay: false, status: 'confirmed', transparent: false, attendees: [], ...over });
const me = ['me@example.com'];

describe('exclusionReason', () => {
  it('counts a confirmed, opaque, timed meeting, and a tentative one', () => {
    expect(exclusionReason(meeting(), me)).toBeNull();
    expect(exclusionReason(meeting({ status: 'tentative' }), me)).toBeNull();
  });

  it('leaves out all-day events', () => expect(exclusionReason(meeting({ allDay: true }), me)).toBe('all-day'));
  it('leaves out STATUS:CANCELLED', () => expect(exclusionReason(meeting({ status: 'cancelled' }), me)).toBe('cancelled'));
  it('leaves out TRANSP:TRANSPARENT', () => expect(exclusionReason(meeting({ transparent: true }), me)).toBe('transparent'));

  it('leaves out a meeting one of my addresses declined, compared case-insensitively', () => {
    expect(exclusionReason(meeting({ attendees: [{ email: 'Me@Example.com', partstat: 'DECLINED' }] }), me)).toBe('declined');
  });

  it("counts a meeting someone else declined, or that I accepted", () => {
    expect(exclusionReason(meeting({ attendees: [{ email: 'bob@example.com', partstat: 'DECLINED' }, { email: 'me@example.com', partstat: 'ACCEPTED' }] }), me)).toBeNull();
    expect(exclusionReason(meeting({ attendees: [{ email: 'me@example.com', partstat: 'DECLINED' }] }), [])).toBeNull();
  });

  it('gives the first reason when several apply: all-day, cancelled, transparent, declined', () => {
    expect(exclusionReason(meeting({ allDay: true, status: 'cancelled', transparent: true }), me)).toBe('all-day');
    expect(exclusionReason(meeting({ status: 'cancelled', transparent: true }), me)).toBe('cancelled');
    expect(exclusionReason(meeting({ transparent: true, attendees: [{ email: 'me@example.com', partstat: 'DECLINED' }] }), me)).toBe('transparent');
  });
});
