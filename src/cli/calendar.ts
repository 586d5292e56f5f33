// Commands of the calendar capability: import, list, refresh, remove, events, untagged. Each loads
// its module (and ical.js with it) only when it runs.
import { examples, type Register } from './wire.ts';
import { rangeOptions } from './range-options.ts';

export const calendar = {
  calendar: (program, run) => {
    const calendar = program.command('calendar').description('meetings from .ics calendar exports: import, list, refresh, remove, and show them with their clients');
    calendar
      .command('import')
      .description('copy an .ics export (a file, or a URL fetched now) into the data folder (importing the same name again replaces it)')
      .argument('<file-or-url>', 'an .ics file, or an http(s)/webcal URL (kept on this machine only, shown redacted)')
      .option('--name <name>', 'the calendar\'s name, used by `tt client set --calendar` (default: the file name)')
      .option('--strict', 'refuse the file when any line had to be skipped')
      .option('--json', 'print the imported calendar as JSON')
      .addHelpText('after', examples('tt calendar import ~/Downloads/work.ics', 'tt calendar import outlook.ics --name work --strict', 'tt calendar import "https://calendar.google.com/calendar/ical/.../basic.ics" --name work'))
      .action(run(async (ctx, fileOrUrl, opts) => (await import('../commands/calendar-import.ts')).calendarImport(ctx, fileOrUrl, opts)));
    calendar
      .command('list')
      .description('the imported calendars, where they came from, and what tt could not read in them')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt calendar list', 'tt calendar list --json'))
      .action(run(async (ctx, opts) => (await import('../commands/calendar-list.ts')).calendarList(ctx, opts)));
    calendar
      .command('refresh')
      .description('read calendars again from the file or URL they were imported from on this machine (all without a name)')
      .argument('[name]', 'one calendar')
      .option('--strict', 'refuse a file when any line had to be skipped')
      .addHelpText('after', examples('tt calendar refresh', 'tt calendar refresh work'))
      .action(run(async (ctx, name, opts) => (await import('../commands/calendar-refresh.ts')).calendarRefresh(ctx, name, opts)));
    calendar
      .command('remove')
      .description('stop using a calendar as evidence and delete its stored copy (never the file it came from)')
      .argument('<name>', 'the calendar\'s name (see `tt calendar list`)')
      .option('--keep-file', 'keep the stored copy in the data folder')
      .addHelpText('after', examples('tt calendar remove work', 'tt calendar remove old-team --keep-file'))
      .action(run(async (ctx, name, opts) => (await import('../commands/calendar-remove.ts')).calendarRemove(ctx, name, opts)));
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
