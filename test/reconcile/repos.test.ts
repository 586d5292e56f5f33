import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newClient } from '../../src/core/client.ts';
import { clientForRepo } from '../../src/core/repo-rules.ts';
import { expandRepoRules, repoInfo, repoTop } from '../../src/reconcile/repos.ts';
import { makeFs } from '../../src/platform/fs.ts';
import { git, makeRepo } from '../helpers/git.ts';
import { tempDir } from '../helpers/tmp.ts';

const fs = makeFs({});
const client = (name: string, repos: string[], remotes: string[] = []) => ({ ...newClient(name), repos, remotes });

describe('repos to read', () => {
  it('expands path and glob rules on disk, ~ included, and skips hidden folders and folders that are no repo', () => {
    const home = tempDir();
    const work = join(home, 'work');
    const a = makeRepo('acme-web', work);
    const b = makeRepo('acme-api', work);
    makeRepo('globex', work);
    mkdirSync(join(work, 'acme-notes'));
    const deep = makeRepo('acme-deep', join(home, 'src', 'x', 'y'));
    makeRepo('acme-hidden', join(home, 'src', '.cache'));
    expect(expandRepoRules(fs, [client('acme', ['~/work/acme-*'])], home)).toEqual([b, a].sort());
    expect(expandRepoRules(fs, [client('acme', [`${home}/src/**/acme-*`])], home)).toEqual([deep]);
    expect(expandRepoRules(fs, [client('acme', [`${work}/globex/`, `${work}/missing`])], home)).toEqual([join(work, 'globex')]);
  });

  it('stops a ** walk at the depth limit', () => {
    const home = tempDir();
    makeRepo('r', join(home, 'a', 'b', 'c', 'd'));
    expect(expandRepoRules(fs, [client('x', [`${home}/**/r`])], home, 3)).toEqual([]);
    expect(expandRepoRules(fs, [client('x', [`${home}/**/r`])], home, 6)).toEqual([join(home, 'a', 'b', 'c', 'd', 'r')]);
  });

  it('reads a repo\'s own user.email and remote URLs, which --remote rules match', async () => {
    const repo = makeRepo('checkout');
    git(repo, ['remote', 'add', 'origin', 'git@github.com:acme-corp/web.git']);
    git(repo, ['config', 'user.email', 'Me@Example.com']);
    const info = await repoInfo(repo);
    expect(info).toEqual({ top: repo, email: 'me@example.com', remotes: ['git@github.com:acme-corp/web.git'] });
    expect(clientForRepo([client('acme', [], ['acme-corp/']), client('globex', [], ['globex'])], repo, info.remotes, '/home/x')).toBe('acme');
  });

  it('finds the top folder from inside a repo, and nothing outside one', async () => {
    const repo = makeRepo('top');
    mkdirSync(join(repo, 'sub'));
    expect(await repoTop(join(repo, 'sub'))).toBe(repo);
    expect(await repoTop(tempDir())).toBeNull();
  });
});
