import { describe, expect, it } from 'vitest';
import { accountOf, timeclockText } from '../../src/report/timeclock.ts';
import { entry } from './fixtures.ts';

describe('timeclockText', () => {
  it('writes UTC clock-in and clock-out lines, so the DST night keeps its nine hours', () => {
    const e = entry('acme', '2026-10-24T20:00:00Z', '2026-10-25T05:00:00Z', { project: 'web', tags: ['night'], note: 'deploy\nand watch' });
    expect(timeclockText([{ entry: e, start: e.start, end: e.end! }])).toBe(
      ['; exported by tt; times are UTC', 'i 2026/10/24 20:00:00 acme:web  deploy and watch +night', 'o 2026/10/25 05:00:00', ''].join('\n'),
    );
  });

  it('writes no description when there is nothing to describe', () => {
    const e = entry('globex', '2026-11-02T08:00:00.750Z', '2026-11-02T09:00:00Z');
    expect(timeclockText([{ entry: e, start: e.start, end: e.end! }]).split('\n')[1]).toBe('i 2026/11/02 08:00:00 globex');
  });

  it('keeps account names whole: a colon would make a sub-account and two spaces would end the name', () => {
    expect(accountOf({ client: 'acme', project: 'v2: api  work' })).toBe('acme:v2- api work');
  });
});
