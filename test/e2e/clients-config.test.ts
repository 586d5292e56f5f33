import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, tt, ttEnv, ttJson } from '../helpers/cli.ts';

describe('clients', () => {
  it('keeps a rate history, rules and aliases, and shows conflicts', () => {
    const e = ttEnv({ now: '2026-11-27T09:00:00Z' });
    ok(e, ['client', 'add', 'acme', '--rate', '90', '--currency', 'usd', '--round', '6m', '--alias', 'ACME Corp', '--repo', '~/work/acme-*']);
    ok(e, ['client', 'set', 'acme', '--rate', '100', '--from', '2026-12-01', '--meeting', 'acme|standup', '--domain', 'acme.com', '--calendar', 'work']);
    ok(e, ['client', 'add', 'globex', '--rate', '120', '--currency', 'EUR', '--round-mode', 'nearest', '--no-billable', '--repo', '~/work/*']);
    const list = ttJson<{ clients: Record<string, unknown>[]; conflicts: { a: string; b: string }[] }>(e, ['client', 'list']);
    expect(list.clients[0]).toEqual({
      name: 'acme',
      rates: [
        { from: null, rate: 90 },
        { from: '2026-12-01', rate: 100 },
      ],
      currency: 'USD',
      round: { incrementMinutes: 6, mode: 'up' },
      billable: true,
      taxPercent: null,
      billing: { name: null, street: null, postcode: null, city: null, country: null, vatId: null, email: null, termsDays: null, po: null, taxMode: null },
      currencies: [],
      rounds: [],
      taxes: [],
      aliases: ['ACME Corp'],
      rules: { repos: ['~/work/acme-*'], remotes: [], meetings: ['acme|standup'], domains: ['acme.com'], calendars: ['work'] },
    });
    expect(list.clients[1]).toMatchObject({ name: 'globex', billable: false, round: { incrementMinutes: 0, mode: 'nearest' } });
    expect(list.conflicts).toEqual([expect.objectContaining({ a: 'acme', b: 'globex' })]);
    expect(ok(e, ['client', 'list']).stdout).toContain('Rules that can claim the same evidence');

    // Names are unique and case-insensitive; bad values name their flag.
    expect(tt(e, ['client', 'add', 'ACME']).code).toBe(2);
    const bad = tt(e, ['client', 'set', 'acme', '--currency', 'EURO']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--currency: "EURO" is not an ISO 4217 code')]);
    expect(tt(e, ['client', 'set', 'acme', '--meeting', '(unclosed']).code).toBe(2);
    expect(tt(e, ['client', 'set', 'acme', '--round', 'quarter']).code).toBe(2);
    const typo = tt(e, ['client', 'set', 'acm', '--rate', '1']);
    expect(typo.stderr).toContain('Did you mean "acme"?');
    // The alias selects the client too.
    ok(e, ['start', 'ACME Corp/web']);
    expect(ttJson<{ entry: { client: string } }>(e, ['status']).entry.client).toBe('acme');
    expect(tt(e, ['client', 'remove', 'acme']).code).toBe(2);
    ok(e, ['client', 'remove', 'globex']);
  });
});

describe('config', () => {
  it('sets, validates and lists keys', () => {
    const e = ttEnv({ now: '2026-11-27T09:00:00Z' });
    ok(e, ['config', 'set', 'tz', 'America/New_York']);
    ok(e, ['config', 'set', 'me.emails', 'me@example.com,me@work.example']);
    const bad = tt(e, ['config', 'set', 'session.gap', 'forever']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('config session.gap: "forever" is not a duration');
    expect(tt(e, ['config', 'set', 'tz', 'Mars/Base']).code).toBe(2);
    const list = ttJson<{ key: string; value: unknown; default: boolean }[]>(e, ['config', 'list']);
    const byKey = Object.fromEntries(list.map((k) => [k.key, k]));
    expect(byKey.tz).toMatchObject({ value: 'America/New_York', default: false });
    expect(byKey['me.emails']!.value).toEqual(['me@example.com', 'me@work.example']);
    expect(byKey['session.gap']).toMatchObject({ value: 120, default: true });
    expect(byKey['audit.tolerance']!.value).toBe(5);
    // The zone cuts days: 09:00Z is 04:00 in New York.
    ok(e, ['client', 'add', 'acme']);
    expect(ok(e, ['start', 'acme']).stdout).toContain('at 04:00');
    ok(e, ['config', 'unset', 'tz']);
    expect(ok(e, ['config', 'get', 'tz']).stdout).toBe('Europe/Berlin\n');
  });

  it('keeps the data folder private: folders 0700, files 0600', () => {
    const e = ttEnv({ now: '2026-11-27T09:00:00Z' });
    ok(e, ['client', 'add', 'acme']);
    ok(e, ['start', 'acme']);
    ok(e, ['stop'], 0, { TT_NOW: '2026-11-27T10:00:00Z' });
    ok(e, ['fold']);
    const walk = (dir: string): void => {
      expect(statSync(dir).mode & 0o777, dir).toBe(0o700);
      for (const f of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else expect(statSync(p).mode & 0o777, p).toBe(0o600);
      }
    };
    walk(e.home);
    expect(readdirSync(join(e.home, 'events'))).toHaveLength(1);
  });
});

describe('the command line', () => {
  it('has help with examples, completion scripts and documented exit codes', () => {
    const e = ttEnv();
    const help = ok(e, ['--help']).stdout;
    expect(help).toContain('Examples:');
    expect(help).toContain('Exit codes: 0 ok');
    for (const cmd of ['start', 'stop', 'add', 'edit', 'log', 'doctor']) expect(ok(e, [cmd, '--help']).stdout, cmd).toContain('Examples:');
    expect(ok(e, ['completion', 'bash']).stdout).toContain('complete -F _tt_complete tt');
    expect(ok(e, ['completion', 'fish']).stdout).toContain("complete -c tt -n '__fish_use_subcommand' -a start");
    expect(tt(e, ['completion', 'tcsh']).code).toBe(2);
    expect(tt(e, ['frobnicate']).code).toBe(2);
    expect(ok(e, ['status']).stdout).not.toMatch(/\x1b\[/);
  });

  it('reports a clean store and a damaged timer state', () => {
    const e = ttEnv({ now: '2026-11-27T09:00:00Z' });
    ok(e, ['client', 'add', 'acme']);
    ok(e, ['start', 'acme']);
    expect(ttJson<{ ok: boolean; findings: unknown[] }>(e, ['doctor'])).toMatchObject({ ok: true, findings: [] });
  });
});
