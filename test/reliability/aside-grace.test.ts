// Writers that cannot lock (issue 12 item 2). Hooks and shell prompts append with `printf >>`: a
// writer may open the journal, be held up while a fold sets the journal aside, and write later. A
// fold used to delete an aside file once it had been quiet for 2 s, so such a record was lost while
// its writer reported success. And a line a full disk cut short ran into the next writer's line,
// which was then lost with it. Real processes, real hooks, real folds.
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, ttJson } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { activity, repoWithHooks, run, setup, ttIn } from '../hooks/helpers.ts';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A shell that opens the journal for appending, says "ready", and writes `line` once told to. */
function stalledWriter(journal: string, line: string): { ready: Promise<void>; write: () => Promise<number> } {
  const child = spawn('bash', ['-c', 'exec 3>>"$1"; echo ready; read -r _; printf "\\n%s\\n" "$2" >&3; echo done', 'writer', journal, line], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const seen = (word: string): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => void (out.includes(word) && resolve());
      child.stdout.on('data', (d) => ((out += d), check()));
      check();
    });
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return {
    ready: seen('ready'),
    write: async () => {
      child.stdin.end('go\n');
      await seen('done');
      return exited;
    },
  };
}

describe('a writer held up across folds', () => {
  it('keeps its record: the journal set aside is kept long after any append, and merged again', async () => {
    const s = setup();
    const repo = repoWithHooks(s);
    ok(s.e, ['client', 'add', 'acme']);
    ok(s.e, ['add', 'acme', '--from', '2026-01-05T09:00:00Z', '--to', '2026-01-05T10:00:00Z']); // the journal has a line
    const journal = join(s.e.home, 'journal.ndjson');
    const epoch = Math.floor(Date.now() / 1000);
    const writer = stalledWriter(journal, `s1\t4242\t${epoch}\tenter\t${repo}`);
    await writer.ready;
    ok(s.e, ['fold']); // sets the journal aside: the writer's descriptor now points at that file
    await sleep(2200); // longer than the old quiet window
    ok(s.e, ['fold']);
    expect(await writer.write()).toBe(0);
    ok(s.e, ['fold']);
    const enters = activity(s).filter((r) => r.kind === 'enter' && r.repo === repo);
    expect(enters).toHaveLength(1);
    // Folded into its shard, not only read from where it lies.
    const device = readdirSync(join(s.e.home, 'activity'))[0]!;
    expect(readdirSync(join(s.e.home, 'activity', device)).length).toBeGreaterThan(0);
    expect(ttJson<{ entries: unknown[] }>(s.e, ['log', '--since', '2026-01-01'])).toMatchObject({ entries: [{ client: 'acme' }] });
  });
});

describe('a line a full disk cut short', () => {
  it('never swallows the next record: hooks, shells and tt each start their line with a newline', () => {
    const s = setup();
    const repo = repoWithHooks(s);
    ok(s.e, ['client', 'add', 'acme']);
    const journal = join(s.e.home, 'journal.ndjson');
    const snippet = join(tempDir(), 'tt.bash');
    writeFileSync(snippet, ttIn(s, repo, ['shell-init', 'bash']).stdout);
    // What a write cut short leaves: the start of a record, and no newline. After each, a writer
    // that cannot know: a commit's hook, a shell prompt, tt itself.
    const cut = (): void => appendFileSync(journal, '{"v":1,"device":"abcdef0123","at":"2026-01-05T10:00:00.000Z","kind":"en');
    cut();
    expect(run('git', ['commit', '--allow-empty', '-q', '-m', 'work'], repo, s.genv).code).toBe(0);
    cut();
    const prompt = run('bash', ['--norc', '--noprofile', '-c', `source '${snippet}'; unset EPOCHSECONDS; EPOCHSECONDS=1795773000; __tt_prompt`], repo, s.genv);
    expect(prompt).toEqual({ code: 0, stdout: '', stderr: '' });
    cut();
    ttIn(s, repo, ['add', 'acme', '--from', '2026-01-05T09:00:00Z', '--to', '2026-01-05T10:00:00Z', '--note', 'after the cut']);
    expect(activity(s).map((a) => a.kind).sort()).toEqual(['commit', 'enter', 'leave']); // the shell leaves as it exits
    const log = ttJson<{ entries: { note: string | null }[] }>(s.e, ['log', '--since', '2026-01-01']);
    expect(log.entries.map((e) => e.note)).toEqual(['after the cut']);
    // The pieces are reported (and moved to quarantine/ once the journal has been quiet), never read as
    // records: two of them; the third is the last line of the journal `tt add` set aside, where a
    // write may still be under way, so it waits until that file's grace period is over.
    const doctor = ttJson<{ findings: { problem: string }[] }>(s.e, ['doctor']);
    const unreadable = doctor.findings.map((f) => Number(/^(\d+) unreadable line/.exec(f.problem)?.[1] ?? 0));
    expect(unreadable.reduce((a, b) => a + b, 0)).toBe(2);
  });
});
