// The timer commands: start, stop, status, continue, cancel, and the hidden __complete that shell
// completion runs on every <TAB>. They also run from a bundle of their own (src/timers.ts), so nothing
// else may be declared here: see docs/architecture.md, "Start-up".
import { examples, type Register } from './wire.ts';

export const timers = {
  start: (program, run) => {
    program
      .command('start')
      .description('start a timer (stops a running one at the same instant)')
      .argument('<client[/project]>', 'client, and optionally project')
      .argument('[tags...]', 'tags, written +tag')
      .option('--at <time>', 'when it started (ISO-8601, HH:MM, or "10 minutes ago")')
      .option('--estimate <duration>', 'how long it should take (30m, 2h); tt warns once it runs longer')
      .option('-n, --note <text>', 'a note')
      .option('--long', 'when switching: keep a running timer that ran more than 24 hours')
      .option('--json', 'print the started entry as JSON')
      .addHelpText('after', examples('tt start acme/web +bugfix --estimate 30m', 'tt start globex --at 09:15'))
      .action(run(async (ctx, target, tags, opts) => (await import('../commands/start.ts')).start(ctx, target, tags, opts)));
  },

  stop: (program, run) => {
    program
      .command('stop')
      .description('stop the running timer')
      .option('--at <time>', 'when it stopped')
      .option('--long', 'keep it although it ran more than 24 hours')
      .option('--json', 'print the stopped entry as JSON')
      .addHelpText('after', examples('tt stop', 'tt stop --at "5 minutes ago"', 'tt stop --at 17:30'))
      .action(run(async (ctx, opts) => (await import('../commands/stop.ts')).stop(ctx, opts)));
  },

  status: (program, run) => {
    program
      .command('status')
      .description('what is running now, against its estimate')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt status', 'tt status --json'))
      .action(run(async (ctx, opts) => (await import('../commands/status.ts')).status(ctx, opts)));
  },

  continue: (program, run) => {
    program
      .command('continue')
      .description('start a new timer like the entry that stopped last')
      .argument('[client|ref]', 'a client (or client/project) to continue its last stopped entry, or an entry (@2, an id); default: the last stopped entry')
      .option('--at <time>', 'when it started')
      .option('--long', 'when switching: keep a running timer that ran more than 24 hours')
      .option('--json', 'print the started entry as JSON')
      .addHelpText('after', examples('tt continue', 'tt continue acme', 'tt continue @2 --at 13:00'))
      .action(run(async (ctx, ref, opts) => (await import('../commands/continue.ts')).continueEntry(ctx, ref, opts)));
  },

  cancel: (program, run) => {
    program
      .command('cancel')
      .description('discard the running timer')
      .addHelpText('after', examples('tt cancel'))
      .action(run(async (ctx) => (await import('../commands/cancel.ts')).cancel(ctx)));
  },

  __complete: (program, run) => {
    program
      .command('__complete', { hidden: true })
      .description('the clients, client/projects or invoice numbers shell completion offers, one per line')
      .argument('<kind>', 'clients, targets or invoices')
      .action(run(async (ctx, kind) => (await import('../commands/complete-words.ts')).completeWords(ctx, kind)));
  },
} satisfies Record<string, Register>;
