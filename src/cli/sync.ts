// tt sync and tt sync init.
import { examples, type Register } from './wire.ts';

export const sync = {
  sync: (program, run) => {
    const sync = program
      .command('sync')
      .description('sync this data folder with your other machines through a git remote')
      .option('--json', 'print what the sync did as JSON')
      .option('--restore', 'when the remote lost or changed what this device holds: put it all back on the remote (docs/sync.md)')
      .addHelpText('after', examples('tt sync init git@example.com:me/tt-data.git', 'tt sync', 'tt sync --json', 'tt sync --restore   # after a refused sync'))
      .action(run(async (ctx, opts) => (await import('../commands/sync.ts')).sync(ctx, opts)));
    sync
      .command('init')
      .description('make the data folder a git repository with this remote, then sync')
      .argument('<url>', 'any git remote URL or path')
      .option('--device <name>', 'what to call this device in messages on every device (default: the host name)')
      .option('--json', 'print what the first sync did as JSON')
      .addHelpText('after', examples('tt sync init git@example.com:me/tt-data.git --device laptop', 'tt sync init /media/usb/tt-data.git'))
      .action(run(async (ctx, url, opts) => (await import('../commands/sync-init.ts')).syncInit(ctx, url, opts)));
  },
} satisfies Record<string, Register>;
