// Issue 12 item 15, ReDoS: a client's meeting rule `(a+)+$` against a crafted invite title ran for
// minutes. Such rules are refused when set, and one stored by an older tt (or synced) is left out
// with a warning when calendars are read, so the answer is right and comes at once. No timing is
// asserted: the tests check what is refused and what is matched.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TESTED, unsafePattern } from '../../src/core/regex-safety.ts';
import { matchClient } from '../../src/calendar/match.ts';
import { file, run, world } from './run.ts';

describe('meeting rules that could hang', () => {
  it('are refused by client add and client set, naming the rule (exit 2)', async () => {
    const ctx = await world();
    for (const args of [
      ['client', 'add', 'globex', '--meeting', '(a+)+$'],
      ['client', 'set', 'acme', '--meeting', '(\\w+\\s?)*$'],
      ['client', 'set', 'acme', '--meeting', '.*a.*a.*a.*b'],
    ]) {
      const r = await run(ctx, args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`^tt: --meeting "${args[4]!.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}": it (repeats a group|has too many parts)`));
    }
    expect((await run(ctx, ['client', 'list', '--json'])).out).not.toContain('(a+)+');
    // Ordinary rules are fine.
    expect((await run(ctx, ['client', 'set', 'acme', '--meeting', 'acme.*(sync|review)', '--meeting', '^standup$'])).code).toBe(0);
  });

  it('stored by an older tt, are left out with a warning, and the meeting is still matched right', async () => {
    const ctx = await world();
    expect((await run(ctx, ['client', 'add', 'globex', '--meeting', 'aaaa'])).code).toBe(0);
    const path = join(ctx.env.TT_HOME!, 'clients.json');
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { clients: { name: string; meetings: string[] }[] };
    doc.clients.find((c) => c.name === 'acme')!.meetings = ['(a+)+$'];
    writeFileSync(path, JSON.stringify(doc));

    // A title that makes `(a+)+$` backtrack through 2^24 ways before failing.
    const title = `${'a'.repeat(24)}!`;
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:1', 'DTSTART:20261125T100000Z', 'DTEND:20261125T110000Z', `SUMMARY:${title}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const r = await run(ctx, ['calendar', 'events', file('invite.ics', ics), '--since', '2026-11-23', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject([{ title, client: 'globex' }]);
    expect(r.err).toContain('tt: warning: client acme: meeting rule "(a+)+$" is not used: it repeats a group');
    expect(r.err).toContain('tt client set acme --clear meeting --meeting');
  });

  it('run on the first 256 characters of a title only', () => {
    const clients = [{ name: 'acme', meetings: ['standup$'], domains: [], calendars: [] }];
    expect(matchClient({ title: 'standup', calendar: 'x' }, clients)?.client).toBe('acme');
    expect(matchClient({ title: `${'x'.repeat(MAX_TESTED)}standup`, calendar: 'x' }, clients)).toBeNull();
  });
});

describe('unsafePattern', () => {
  it('accepts the rules people write', () => {
    for (const p of ['acme', 'standup|sync', '^acme.*review', '(weekly|daily) sync', '.*acme.*', '(foo|bar)+', '[a-z]+-[0-9]+', '\\bacme\\b', 'Acme (Corp|GmbH)', '^(?!internal).*sync', '[^\\]]+x', '(?<n>ab)+']) {
      expect({ p, why: unsafePattern(p) }).toEqual({ p, why: null });
    }
  });

  it('refuses nested or overlapping repeats, too many open repeats, and backreferences', () => {
    const refused: Record<string, RegExp> = {
      '(a+)+$': /repeats a group/,
      '(\\w+\\s?)*$': /repeats a group/,
      '(a|ab)*c': /repeats a group/,
      '(a|a)*': /repeats a group/,
      '(.*a){20}': /too many parts/,
      '.*a.*a.*b': /too many parts/,
      '\\d+\\d+\\d+$': /too many parts/,
      [`${'a?'.repeat(20)}${'a'.repeat(20)}`]: /too many parts/,
      '(\\d+)\\1': /refers back/,
      [`${'x'.repeat(201)}`]: /longer than 200/,
    };
    for (const [p, why] of Object.entries(refused)) expect({ p, why: unsafePattern(p) }).toEqual({ p, why: expect.stringMatching(why) });
  });
});
