// Commands of the reconcile capability.
import type { Command } from 'commander';
import { collect, examples, type Runner } from './runner.ts';

export function registerReconcile(program: Command, run: Runner): void {
  program
    .command('reconcile')
    .description('what was worked but never logged: evidence against tracked time, day by day, per client')
    .option('--since <day>', 'first day (YYYY-MM-DD, yesterday, monday, "3 days ago")')
    .option('--until <day>', 'last day, inclusive (with --since)')
    .option('--today', 'today only')
    .option('--week', 'this week, Monday to Sunday (the default)')
    .option('--last-week', 'last week, Monday to Sunday')
    .option('--month', 'this calendar month')
    .option('--last-month', 'last calendar month')
    .option('--client <client>', 'only this client\'s days, gaps and conflicts')
    .option('--repo <path>', 'also read this repo\'s history (repeatable)', collect)
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      examples('tt reconcile', 'tt reconcile --last-week --client acme', 'tt reconcile --since 2026-11-01 --until 2026-11-15 --json', 'tt reconcile --repo ~/src/side-project'),
    )
    .action(run(() => import('../commands/reconcile.ts')));
}
