// Commands of the capture capability: git hooks, shell integration, and the captured activity.
import { Option } from '@commander-js/extra-typings';
import { collect, examples, type Register } from './wire.ts';
import { rangeOptions } from './range-options.ts';

export const capture = {
  hooks: (program, run) => {
    const hooks = program.command('hooks').description('git hooks that record commits, checkouts, merges and rewrites');
    hooks
      .command('install')
      .description('install tt\'s hooks (keeping any hook already there, which runs first)')
      .option('--global', 'also every repo created or cloned from now on (through init.templateDir)')
      .option('--scan <dir>', 'every existing repo under this folder (repeatable)', collect)
      .option('--json', 'print what was done as JSON')
      .addHelpText('after', examples('tt hooks install', 'tt hooks install --global', 'tt hooks install --scan ~/code --scan ~/work'))
      .action(run(async (ctx, opts) => (await import('../commands/hooks-install.ts')).hooksInstall(ctx, opts)));
    hooks
      .command('uninstall')
      .description('remove tt\'s hooks and put back exactly what was there')
      .option('--global', 'stop giving new repos tt\'s hooks; restore init.templateDir')
      .option('--scan <dir>', 'every repo under this folder (repeatable)', collect)
      .option('--json', 'print what was done as JSON')
      .addHelpText('after', examples('tt hooks uninstall', 'tt hooks uninstall --global --scan ~/code'))
      .action(run(async (ctx, opts) => (await import('../commands/hooks-uninstall.ts')).hooksUninstall(ctx, opts)));
    hooks
      .command('status')
      .description('where tt\'s hooks are, whether each would record, and what they chain to')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt hooks status', 'tt hooks status --json'))
      .action(run(async (ctx, opts) => (await import('../commands/hooks-status.ts')).hooksStatus(ctx, opts)));
  },

  'shell-init': (program, run) => {
    program
      .command('shell-init')
      .description('print shell code that records when you work in a repo (enter, heartbeat, leave)')
      .argument('<shell>', 'bash, zsh or fish')
      .option('--prompt', 'also show the running timer, or a nudge, in the prompt')
      .addHelpText('after', examples('eval "$(tt shell-init bash)"       # in ~/.bashrc', 'eval "$(tt shell-init zsh --prompt)"  # in ~/.zshrc', 'tt shell-init fish | source           # in ~/.config/fish/config.fish'))
      .action(run(async (ctx, shell, opts) => (await import('../commands/shell-init.ts')).shellInit(ctx, shell, opts)));
  },

  activity: (program, run) => {
    rangeOptions(program.command('activity').description('captured activity: commits, checkouts, merges, rewrites, shell presence'))
      .option('--repo <path>', 'only this repo (its top folder, or a folder inside it)')
      .addOption(new Option('--kind <kind>', 'only this kind').choices(['commit', 'checkout', 'merge', 'rewrite', 'enter', 'heartbeat', 'leave'] as const))
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt activity', 'tt activity --since monday', 'tt activity --today --kind commit --json'))
      .action(run(async (ctx, opts) => (await import('../commands/activity.ts')).activity(ctx, opts)));
  },
} satisfies Record<string, Register>;
