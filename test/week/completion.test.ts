// Issue 17 item 13: completion knew commands and flags only: `tt start gl<TAB>` offered nothing. The
// scripts now ask `tt __complete KIND` for clients, client/projects and invoice numbers, read from
// small files only (clients.json, state/projects, the invoice files). Real bash and fish run them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { week, type Week } from './run.ts';

async function world(): Promise<Week> {
  const w = await week('2026-12-04T08:00:00Z');
  await w.ok(['client', 'set', 'globex', '--alias', 'gx']);
  await w.ok(['start', 'acme/api']);
  await w.ok(['add', 'globex/site', '--from', '07:00', '--to', '08:00']);
  w.at('2026-12-04T10:00:00Z');
  await w.ok(['stop']);
  await w.ok(['invoice', 'create', '--client', 'acme', '--unbilled']);
  return w;
}

/** A PATH where `tt` is this build, as after `npm install -g`. */
function pathWithTt(): string {
  const bin = join(tempDir('tt-bin-'), 'bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(BIN, join(bin, 'tt'));
  return `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`;
}

describe('dynamic completion', () => {
  it('lists clients, aliases, client/projects and invoice numbers', async () => {
    const w = await world();
    expect((await w.ok(['__complete', 'targets'])).out).toBe('acme\nglobex\ngx\nacme/api\nglobex/site\n');
    expect((await w.ok(['__complete', 'clients'])).out).toBe('acme\nglobex\ngx\n');
    const invoices = (await w.ok(['__complete', 'invoices'])).out;
    expect(invoices).toMatch(/^\d{4}-A001\n$/);
  });

  it('completes them in real bash and fish', async () => {
    const w = await world();
    const dir = tempDir('tt-completion-');
    const env = { PATH: pathWithTt(), TT_HOME: w.ctx.env.TT_HOME!, HOME: dir };
    const bashScript = join(dir, 'tt.bash');
    writeFileSync(bashScript, (await w.ok(['completion', 'bash'])).out);
    const bash = (words: string[]): string[] =>
      execFileSync('bash', ['-c', `source ${bashScript}; COMP_WORDS=(${words.map((x) => `'${x}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _tt_complete; printf '%s\\n' "\${COMPREPLY[@]}"`], { env, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
    expect(bash(['tt', 'start', 'gl'])).toEqual(['globex', 'globex/site']);
    expect(bash(['tt', 'continue', 'acme/'])).toEqual(['acme/api']);
    expect(bash(['tt', 'report', '--client', 'g'])).toEqual(['globex', 'gx']);
    expect(bash(['tt', 'invoice', 'show', '2'])).toEqual([expect.stringMatching(/^\d{4}-A001$/)]);
    expect(bash(['tt', 'start', 'acme', 'gl'])).toEqual([]); // the client is given: tags come next

    const fishScript = join(dir, 'tt.fish');
    writeFileSync(fishScript, (await w.ok(['completion', 'fish'])).out);
    const fish = execFileSync('fish', ['--no-config', '-c', `source ${fishScript}; complete -C 'tt start gl'`], { env, encoding: 'utf8' });
    expect(fish.split('\n').map((l) => l.split('\t')[0]).filter(Boolean)).toEqual(['globex', 'globex/site']);
  });
});
