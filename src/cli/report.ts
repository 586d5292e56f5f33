// Commands of the report capability: `tt report` and `tt export`.
import { Option } from '@commander-js/extra-typings';
import { examples, type Register } from './wire.ts';
import { rangeOptions } from './range-options.ts';

export const report = {
  report: (program, run) => {
    rangeOptions(program.command('report').description('hours and money per client, project, day or tag; invoiced and not yet'), 'week')
      .addOption(new Option('--by <group>', 'group by (default: client)').choices(['client', 'project', 'day', 'tag'] as const))
      .addOption(new Option('--format <format>', 'output format (default: table)').choices(['table', 'csv', 'json', 'md'] as const))
      .option('--json', 'same as --format json')
      .option('--rounded', "apply each client's rounding rule per client, project and day")
      .option('--chart', 'add a bar per day, stacked by client')
      .option('--estimates', 'entries with an estimate against the time they took (default range: all time)')
      .addHelpText(
        'after',
        examples('tt report', 'tt report --last-month --by project --rounded', 'tt report --month --by day --chart', 'tt report --since 2026-01-01 --format csv > 2026.csv', 'tt report --estimates'),
      )
      .action(run(async (ctx, opts) => (await import('../commands/report.ts')).report(ctx, opts)));
  },

  export: (program, run) => {
    rangeOptions(program.command('export').description('finished entries as CSV, JSON, iCalendar, or hledger timeclock (UTC times)'), 'first')
      .addOption(new Option('--format <format>', 'csv, json, ics (iCalendar), or timeclock (hledger)').choices(['csv', 'json', 'timeclock', 'ics'] as const).makeOptionMandatory())
      .option('--clip-overlaps', 'timeclock: clip overlapping entries (the later-starting one wins) instead of refusing')
      .addHelpText(
        'after',
        examples('tt export --format csv > entries.csv', 'tt export --format ics --last-month > work.ics', 'tt export --format timeclock --since 2026-01-01 > tt.timeclock && hledger -f tt.timeclock balance', 'tt export --format json --since monday'),
      )
      .action(run(async (ctx, opts) => (await import('../commands/export.ts')).exportEntries(ctx, opts)));
  },
} satisfies Record<string, Register>;
