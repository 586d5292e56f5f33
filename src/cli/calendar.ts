// Commands of the calendar capability: import, list, events, untagged. Each loads its module (and
// ical.js with it) only when it runs.
import { examples, type Register } from './wire.ts';
import { rangeOptions } from './range-options.ts';

export const calendar = {
  calendar: (program, run) => {
    const calendar = program.command('calendar').description('meetings from .ics calendar exports: import, list, and show them with their clients');
    calendar
      .command('import')
      .description('copy an .ics export into the data folder (importing the same name again replaces it)')
      .argument('<file>', 'an .ics file')
      .option('--name <name>', 'the calendar\'s name, used by `tt client set --calendar` (default: the file name)')
      .option('--strict', 'refuse the file when any line had to be skipped')
      .option('--json', 'print the imported calendar as JSON')
      .addHelpText('after', examples('tt calendar import ~/Downloads/work.ics', 'tt calendar import outlook.ics --name work --strict'))
      .action(run(async (ctx, file, opts) => (await import('../commands/calendar-import.ts')).calendarImport(ctx, file, opts)));
    calendar
      .command('list')
      .description('the imported calendars')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt calendar list', 'tt calendar list --json'))
      .action(run(async (ctx, opts) => (await import('../commands/calendar-list.ts')).calendarList(ctx, opts)));
    rangeOptions(
      calendar
        .command('events')
        .description('meetings in a range (this week by default), from the imported calendars or the files given')
        .argument('[files...]', '.ics files to read instead of the imported calendars')
        .option('--all', 'also show what is left out (all-day, cancelled, free, declined) and why')
        .option('--strict', 'fail when any line had to be skipped')
        .option('--json', 'print as JSON'),
      'week',
    )
      .addHelpText('after', examples('tt calendar events --week', 'tt calendar events --since 2026-11-01 --until 2026-11-30 --all', 'tt calendar events export.ics --last-week --json'))
      .action(run(async (ctx, files, opts) => (await import('../commands/calendar-events.ts')).calendarEvents(ctx, files, opts)));
    rangeOptions(
      calendar
        .command('untagged')
        .description('counted meetings that no client rule claims')
        .option('--strict', 'fail when any line had to be skipped')
        .option('--json', 'print as JSON'),
      'week',
    )
      .addHelpText('after', examples('tt calendar untagged --week', 'tt client set acme --meeting "acme|standup" --domain acme.com --calendar work'))
      .action(run(async (ctx, opts) => (await import('../commands/calendar-untagged.ts')).calendarUntagged(ctx, opts)));
  },
} satisfies Record<string, Register>;
