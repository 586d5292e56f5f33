// A sync URL with `user:token@` in it: tt never prints the token, neither in its own messages nor
// in git's errors that quote the URL (older gits did, and a helper or a proxy still may).
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactCredentials } from '../../src/core/redact.ts';
import { tt, ttEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const SECRET = 's3cr3t-T0KEN';
// Port 1 on the loopback: refused at once, no network needed.
const URL_WITH_TOKEN = `https://jo:${SECRET}@127.0.0.1:1/tt.git`;

/** A git that answers `fetch` the way older versions did: with the whole URL in the message. */
function leakyGit(): string {
  const dir = tempDir('tt-git-');
  const real = '/usr/bin/git';
  writeFileSync(
    join(dir, 'git'),
    `#!/bin/sh\nfor a in "$@"; do if [ "$a" = fetch ]; then echo "fatal: unable to access '$(${real} -C "$TT_HOME" remote get-url origin)': Could not connect" >&2; exit 128; fi; done\nexec ${real} "$@"\n`,
  );
  chmodSync(join(dir, 'git'), 0o755);
  return dir;
}

describe('credentials in a sync URL', () => {
  it('tt sync init and tt sync show the URL with the token replaced', () => {
    const e = ttEnv({ now: '2026-12-02T10:00:00Z' });
    const init = tt(e, ['sync', 'init', URL_WITH_TOKEN]);
    expect(init.code).toBe(4); // the remote cannot be reached; the folder is set up
    expect(init.stdout + init.stderr).not.toContain(SECRET);
    expect(init.stdout).toContain('https://jo:***@127.0.0.1:1/tt.git');

    const path = `${leakyGit()}:${e.env.PATH}`;
    for (const args of [['sync'], ['sync', '--json'], ['sync', 'init', URL_WITH_TOKEN]]) {
      const r = tt(e, args, { PATH: path });
      expect(r.code).toBe(4);
      expect(r.stderr).toContain("unable to access 'https://jo:***@127.0.0.1:1/tt.git'");
      expect(r.stdout + r.stderr).not.toContain(SECRET);
    }
  });

  it('redactCredentials keeps the user and host, and hides passwords and bare tokens', () => {
    expect(redactCredentials(`push to ${URL_WITH_TOKEN} failed`)).toBe('push to https://jo:***@127.0.0.1:1/tt.git failed');
    expect(redactCredentials('https://ghp_abc123@github.com/me/tt.git')).toBe('https://***@github.com/me/tt.git');
    expect(redactCredentials('https://jo:p@ss@host/x.git')).toBe('https://jo:***@host/x.git');
    expect(redactCredentials("'http://a:b@h/' and ssh://git@github.com/me/tt.git")).toBe("'http://a:***@h/' and ssh://git@github.com/me/tt.git");
    expect(redactCredentials('git@github.com:me/tt.git and mail me@example.com')).toBe('git@github.com:me/tt.git and mail me@example.com');
  });
});
