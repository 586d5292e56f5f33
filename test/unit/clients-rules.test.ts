import { describe, expect, it } from 'vitest';
import { closest, newClient, requireClient, splitTarget, type Client } from '../../src/core/client.ts';
import { clientForRepo, globToRegExp, matchRepo, ruleConflicts } from '../../src/core/repo-rules.ts';
import { parseConfigValue } from '../../src/core/config-keys.ts';
import { timerWarnings } from '../../src/core/timer-checks.ts';

const HOME = '/home/me';
const client = (name: string, patch: Partial<Client>): Client => ({ ...newClient(name), ...patch });

describe('client names', () => {
  const clients = [client('acme', { aliases: ['ACME Corp'] }), client('globex', {})];
  it('finds names and aliases case-insensitively, and suggests on a typo', () => {
    expect(requireClient(clients, 'ACME').name).toBe('acme');
    expect(requireClient(clients, 'acme corp').name).toBe('acme');
    expect(() => requireClient(clients, 'acmee')).toThrow(/unknown client "acmee"/);
    try {
      requireClient(clients, 'glbex');
    } catch (e) {
      expect((e as { hint: string }).hint).toContain('Did you mean "globex"?');
    }
    expect(closest('zzzzzz', ['acme'])).toBeNull();
    // Case is ignored; a third of the word's length, at least 2 edits; the first of equally near ones.
    expect(closest('ACMEE', ['globex', 'acme'])).toBe('acme');
    expect(closest('initech-corp', ['initech-crp', 'initech-cop'])).toBe('initech-crp');
    expect(closest('abcdefghi', ['abcxyzghi'])).toBe('abcxyzghi');
    expect(closest('abcdefghi', ['abwxyzghi'])).toBeNull();
    expect(splitTarget('acme/web')).toEqual({ client: 'acme', project: 'web' });
  });
});

describe('repo rules', () => {
  it('matches globs: * within one folder, ** across folders, ~ expanded', () => {
    expect(globToRegExp('/code/*').test('/code/a')).toBe(true);
    expect(globToRegExp('/code/*').test('/code/a/b')).toBe(false);
    expect(globToRegExp('/code/**/web').test('/code/x/y/web')).toBe(true);
    expect(globToRegExp('/code/**/web').test('/code/web')).toBe(true);
    expect(globToRegExp('/code/a?c').test('/code/abc')).toBe(true);
    expect(globToRegExp('/code/a?c').test('/code/a/c')).toBe(false);
    expect(globToRegExp('/home/*/x').test('/home/.config/x')).toBe(true); // dot folders are folders too
    // Folder names with glob-looking characters are taken literally.
    for (const dir of ['/code/client (old)', '/code/[archive]', '/code/{a,b}', '/code/a+b', '/code/!x', '/code/@scope', '/code/a.b', '/code/a$b^']) {
      expect(globToRegExp(`${dir}/*`).test(`${dir}/web`)).toBe(true);
    }
    expect(globToRegExp('/code/[ab]/*').test('/code/a/web')).toBe(false);
    expect(globToRegExp('/code/a.b/*').test('/code/axb/web')).toBe(false);
    const acme = client('acme', { repos: ['~/work/**'] });
    expect(clientForRepo([acme], '/home/me/work/a/b', [], HOME)).toBe('acme');
    expect(clientForRepo([acme], '/home/other/work/a', [], HOME)).toBeNull();
  });

  it('lets the most specific rule win: exact path, then longer glob, then remote', () => {
    const broad = client('broad', { repos: ['~/work/*'] });
    const narrow = client('narrow', { repos: ['~/work/acme-*'] });
    const exact = client('exact', { repos: ['~/work/acme-web'] });
    const remote = client('remote', { remotes: ['github.com/acme/'] });
    const all = [broad, narrow, exact, remote];
    expect(clientForRepo(all, '/home/me/work/acme-web', ['git@github.com:acme/web.git'], HOME)).toBe('exact');
    expect(clientForRepo(all, '/home/me/work/acme-api', [], HOME)).toBe('narrow');
    expect(clientForRepo(all, '/home/me/work/other', [], HOME)).toBe('broad');
    expect(clientForRepo(all, '/elsewhere/x', ['https://github.com/acme/x'], HOME)).toBe('remote');
    expect(matchRepo(all, '/home/me/work/acme-web', [], HOME).map((m) => m.client)).toEqual(['exact', 'narrow', 'broad']);
  });

  it('reports clients whose rules can claim the same repo, and gives no winner on a tie', () => {
    const a = client('a', { repos: ['~/work/*'] });
    const b = client('b', { repos: ['~/work/shared'] });
    const c = client('c', { repos: ['~/work/shared'] });
    expect(ruleConflicts([a, b], HOME)).toHaveLength(1);
    expect(clientForRepo([b, c], '/home/me/work/shared', [], HOME)).toBeNull();
    expect(ruleConflicts([b, c], HOME)[0]!.why).toMatch(/neither wins/);
  });
});

describe('config values', () => {
  it('validates and normalises each key', () => {
    expect(parseConfigValue('tz', 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(() => parseConfigValue('tz', 'Mars/Olympus')).toThrow(/not an IANA time zone/);
    expect(parseConfigValue('me.emails', 'me@example.com, me@work.example')).toEqual(['me@example.com', 'me@work.example']);
    expect(() => parseConfigValue('me.emails', 'not-an-address')).toThrow(/not an e-mail/);
    expect(parseConfigValue('session.gap', '2h')).toBe(120);
    expect(parseConfigValue('audit.tolerance', '5%')).toBe(5);
    expect(() => parseConfigValue('audit.tolerance', '500%')).toThrow(/percentage/);
    expect(() => parseConfigValue('colour', 'red')).toThrow(/unknown config key "colour"/);
  });
});

describe('timer checks', () => {
  const tz = 'Europe/Berlin';
  const timer = { id: 'x', client: 'acme', project: 'web', tags: [], start: Date.parse('2026-11-27T08:00:00Z'), end: null, tz, source: 'cli' as const, lastAction: 'a', estimateMin: 30 };
  it('warns once a timer passes its estimate', () => {
    const w = timerWarnings(timer, Date.parse('2026-11-27T08:52:00Z'), tz);
    expect(w.map((x) => x.message)).toEqual(['acme/web has run 0:52 against a 0:30 estimate']);
    expect(timerWarnings(timer, Date.parse('2026-11-27T08:20:00Z'), tz)).toEqual([]);
  });
  it('points out a timer left running past midnight or over ten hours, with the fix', () => {
    const w = timerWarnings({ ...timer, estimateMin: undefined }, Date.parse('2026-11-28T07:00:00Z'), tz);
    expect(w[0]!.check).toBe('past-midnight');
    expect(w[0]!.message).toContain('tt stop --at');
    const long = timerWarnings({ ...timer, estimateMin: undefined, start: Date.parse('2026-11-27T00:00:00Z') }, Date.parse('2026-11-27T11:00:00Z'), tz);
    expect(long[0]!.check).toBe('long-running');
  });
});
