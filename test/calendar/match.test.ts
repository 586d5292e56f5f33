// Client matching for meetings: calendar over domain over title, most specific within a kind, then name.
import { describe, expect, it } from 'vitest';
import { matchClient } from '../../src/calendar/match.ts';

const client = (name: string, rules: { meetings?: string[]; domains?: string[]; calendars?: string[] }) => ({ name, meetings: [], domains: [], calendars: [], ...rules });

describe('matchClient', () => {
  const clients = [
    client('globex', { meetings: ['standup'], domains: ['globex.com'] }),
    client('acme', { meetings: ['acme|weekly sync'], domains: ['acme.com'], calendars: ['acme-cal'] }),
    client('initech', { meetings: ['acme standup'] }),
  ];

  it('matches a title regex case-insensitively', () => {
    expect(matchClient({ title: 'ACME planning', calendar: 'work' }, clients)).toEqual({ client: 'acme', rule: 'title', by: 'acme|weekly sync' });
  });

  it('matches an organizer or attendee domain, subdomains included', () => {
    expect(matchClient({ title: 'Call', calendar: 'work', organizer: 'boss@eu.globex.com' }, clients)).toEqual({ client: 'globex', rule: 'domain', by: 'globex.com' });
    expect(matchClient({ title: 'Call', calendar: 'work', attendees: ['x@notacme.com'] }, clients)).toBeNull();
  });

  it('lets a calendar rule beat a domain rule, and a domain rule beat a title rule', () => {
    expect(matchClient({ title: 'standup', calendar: 'acme-cal', organizer: 'a@globex.com' }, clients)?.client).toBe('acme');
    expect(matchClient({ title: 'acme sync', calendar: 'work', organizer: 'a@globex.com' }, clients)?.client).toBe('globex');
  });

  it('between two title rules picks the longer match: "acme standup" is initech, not acme or globex', () => {
    expect(matchClient({ title: 'Daily acme standup', calendar: 'work' }, clients)).toEqual({ client: 'initech', rule: 'title', by: 'acme standup' });
  });

  it('breaks an exact tie by client name, whatever the order clients are given in', () => {
    const a = [client('zeta', { domains: ['shared.com'] }), client('alpha', { domains: ['shared.com'] })];
    expect(matchClient({ title: 'x', calendar: 'w', organizer: 'p@shared.com' }, a)?.client).toBe('alpha');
    expect(matchClient({ title: 'x', calendar: 'w', organizer: 'p@shared.com' }, [...a].reverse())?.client).toBe('alpha');
  });

  it('ignores a broken regex instead of failing', () => {
    expect(matchClient({ title: 'x(', calendar: 'w' }, [client('bad', { meetings: ['x('] })])).toBeNull();
  });
});
