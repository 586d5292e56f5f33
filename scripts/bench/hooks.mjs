// Hook and prompt overhead, measured against a baseline in the same run (shared machines are noisy):
//  1. 200 `git commit --allow-empty`: tt's hooks vs empty hooks (#!/bin/sh exit 0), interleaved;
//     target: median ratio <= 1.2.
//  2. a 200-commit rebase (--force-rebase replays every commit): target <= 1.3x.
//  3. the prompt snippet (bash, zsh with --prompt): target <= 2 ms per prompt (median of batches).
// Run after `npm run build`: node scripts/bench/hooks.mjs
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const base = mkdtempSync(join(tmpdir(), 'tt-bench-hooks-'));
const env = {
  PATH: process.env.PATH,
  HOME: base,
  TT_HOME: join(base, 'data'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  LANG: 'C.UTF-8',
};
const HOOKS = ['post-commit', 'post-checkout', 'post-merge', 'post-rewrite'];

function sh(cmd, args, cwd, extra = {}) {
  const r = spawnSync(cmd, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timed = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};

function repo(name, withTt) {
  const dir = join(base, name);
  mkdirSync(dir);
  sh('git', ['init', '-q', '-b', 'main'], dir);
  sh('git', ['config', 'gc.auto', '0'], dir);
  if (withTt) sh(process.execPath, [join(ROOT, 'bin/tt.js'), 'hooks', 'install'], dir);
  else
    for (const h of HOOKS) {
      writeFileSync(join(dir, '.git/hooks', h), '#!/bin/sh\nexit 0\n');
      chmodSync(join(dir, '.git/hooks', h), 0o755);
    }
  return dir;
}

const empty = repo('empty-hooks', false);
const tt = repo('tt-hooks', true);
const commit = (dir) => timed(() => sh('git', ['commit', '-q', '--allow-empty', '-m', 'bench'], dir));

// 1. commits, interleaved so that load changes hit both sides alike
for (let i = 0; i < 10; i++) {
  commit(empty); // warm-up
  commit(tt);
}
const ratios = [];
const e = [];
const t = [];
for (let i = 0; i < 200; i++) {
  const a = commit(empty);
  const b = commit(tt);
  e.push(a);
  t.push(b);
  ratios.push(b / a);
}
console.log(`commit: empty hooks ${median(e).toFixed(2)} ms, tt hooks ${median(t).toFixed(2)} ms, median ratio ${median(ratios).toFixed(3)} (target <= 1.2)`);

// 2. a 200-commit rebase, replaying every commit (post-commit runs for each, post-rewrite once)
const rebase = (dir) => timed(() => sh('git', ['rebase', '-q', '--force-rebase', 'HEAD~200'], dir));
const re = [];
const rt = [];
for (let i = 0; i < 4; i++) {
  // Alternate which side goes first: the disk is still writing the previous rebase's objects.
  if (i % 2) {
    rt.push(rebase(tt));
    re.push(rebase(empty));
  } else {
    re.push(rebase(empty));
    rt.push(rebase(tt));
  }
}
console.log(`rebase 200: empty hooks ${median(re).toFixed(0)} ms, tt hooks ${median(rt).toFixed(0)} ms, ratio ${(median(rt) / median(re)).toFixed(3)} (target <= 1.3)`);

// 3. the prompt: batches of 200 prompts, one directory change in ten (enter/leave), timed inside the shell
function prompt(shell) {
  const snippet = join(base, `snippet.${shell}`);
  writeFileSync(snippet, sh(process.execPath, [join(ROOT, 'bin/tt.js'), 'shell-init', shell, '--prompt'], base));
  const clock = 'EPOCHREALTIME';
  const loop = `
    ${shell === 'zsh' ? 'zmodload zsh/datetime' : ''}
    source '${snippet}'
    cd '${tt}'
    for b in 1 2 3 4 5 6 7 8 9; do
      s=$${clock}
      for i in {1..200}; do
        if (( i % 10 == 0 )); then cd /; fi
        if (( i % 10 == 1 )); then cd '${tt}'; fi
        __tt_prompt
      done
      e=$${clock}
      echo $(( (\${e/./} - \${s/./}) / 200 ))
    done`;
  const out = spawnSync(shell, shell === 'zsh' ? ['-f', '-c', loop] : ['--norc', '--noprofile', '-c', loop], { env, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  // bash's EPOCHREALTIME has 6 decimals (microseconds), zsh's 9 (nanoseconds).
  const us = out.stdout.trim().split('\n').map((n) => Number(n) / (shell === 'zsh' ? 1000 : 1));
  console.log(`prompt (${shell} --prompt): ${(median(us) / 1000).toFixed(3)} ms per prompt, median of ${us.length} batches (target <= 2 ms)`);
}
for (const shell of ['bash', 'zsh']) {
  if (spawnSync(shell, ['-c', 'exit 0']).status === 0) prompt(shell);
  else console.log(`prompt (${shell}): not installed, skipped`);
}
rmSync(base, { recursive: true, force: true });
