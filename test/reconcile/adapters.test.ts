import { describe, expect, it } from 'vitest';
import { fromHookActivity } from '../../src/reconcile/adapters.ts';

describe('hook and shell records for reconcile', () => {
  it('keeps what the rules read: time, kind, repo, sha, subject, terminal and the author address', () => {
    expect(
      fromHookActivity([
        { id: 'h1', at: 1000, kind: 'commit', repo: '/r/a', source: 'hook', sha: 'abc', author: 'Me Myself <Me@Example.com>', subject: 'fix', client: 'acme' },
        { id: 's1', at: 2000, kind: 'enter', repo: '/r/a', source: 'shell', shell: '4242' },
        { id: 'h2', at: 3000, kind: 'commit', repo: '/r/a', source: 'hook', author: 'bare@example.com' },
      ]),
    ).toEqual([
      { at: 1000, kind: 'commit', repo: '/r/a', sha: 'abc', subject: 'fix', shell: undefined, email: 'me@example.com' },
      { at: 2000, kind: 'enter', repo: '/r/a', sha: undefined, subject: undefined, shell: '4242', email: undefined },
      { at: 3000, kind: 'commit', repo: '/r/a', sha: undefined, subject: undefined, shell: undefined, email: 'bare@example.com' },
    ]);
  });
});
