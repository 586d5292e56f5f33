import { describe, expect, it } from 'vitest';
import { ruleHint, sourceLine } from '../../src/reconcile/text.ts';
import type { Interval } from '../../src/reconcile/rules/types.ts';

const iv = (over: Partial<Interval>): Interval => ({ start: 0, end: 1, client: null, kind: 'commit', level: 'activity', ...over });

describe('text report pieces', () => {
  it('names the rule to add, quoted for the shell, a meeting title as a literal pattern', () => {
    expect(ruleHint(iv({ repo: "/home/me/it's here" }))).toBe("tt client set CLIENT --repo '/home/me/it'\\''s here'");
    expect(ruleHint(iv({ kind: 'meeting', level: 'meeting', title: 'Q&A (weekly) + 1:1?' }))).toBe("tt client set CLIENT --meeting 'Q&A \\(weekly\\) \\+ 1:1\\?'");
  });

  it('describes sources the way the issue shows them', () => {
    const at = (hm: string): number => Date.parse(`2026-11-23T${hm}:00Z`);
    const commits = ['fix auth redirect', 'add tests', 'bump', 'docs'].map((subject, i) => ({ at: at(`14:0${i}`), client: 'acme', repo: '/r/acme-web', source: 'commit' as const, subject }));
    expect(sourceLine({ kind: 'commit', repo: '/r/acme-web', start: at('14:02'), end: at('16:40'), commits }, 'UTC')).toBe('4 commits in acme-web 14:02–16:40: fix auth redirect, add tests, bump, …');
    expect(sourceLine({ kind: 'meeting', title: 'Acme sync', calendar: 'work', start: at('10:00'), end: at('10:30') }, 'UTC')).toBe("meeting 'Acme sync' 10:00–10:30");
    expect(sourceLine({ kind: 'presence', repo: '/r/acme-web', start: at('16:45'), end: at('17:20') }, 'UTC')).toBe('in acme-web 16:45–17:20');
  });
});
