// Commands of the reconcile capability.
import { collect, examples, type Register } from './wire.ts';
import { rangeOptions } from './range-options.ts';

export const reconcile = {
  reconcile: (program, run) => {
    rangeOptions(
      program.command('reconcile').description('what was worked but never logged: evidence against tracked time, day by day, per client'),
      'week',
    )
      .option('--client <client>', 'only this client\'s days, gaps and conflicts')
      .option('--repo <path>', 'also read this repo\'s history (repeatable)', collect)
      .option('--json', 'print as JSON')
      .addHelpText(
        'after',
        examples('tt reconcile', 'tt reconcile --last-week --client acme', 'tt reconcile --since 2026-11-01 --until 2026-11-15 --json', 'tt reconcile --repo ~/src/side-project'),
      )
      .action(run(async (ctx, opts) => (await import('../commands/reconcile.ts')).reconcile(ctx, opts)));
  },
} satisfies Record<string, Register>;
