// The day-range flags every command that reads a span of days shares (ARCHITECTURE.md, Conventions).
import type { Command, OptionValues } from '@commander-js/extra-typings';

/** `fallback` says in the help what the command shows without a flag. */
export function rangeOptions<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Command<A, O, G>, fallback: 'week' | 'first' | null = null) {
  return cmd
    .option('--since <day>', `first day (YYYY-MM-DD, yesterday, monday, "3 days ago")${fallback === 'first' ? '; default: the first entry' : ''}`)
    .option('--until <day>', 'last day, inclusive')
    .option('--today', 'today only')
    .option('--week', `this week, Monday to Sunday${fallback === 'week' ? ' (the default)' : ''}`)
    .option('--last-week', 'last week, Monday to Sunday')
    .option('--month', 'this calendar month')
    .option('--last-month', 'last calendar month');
}
