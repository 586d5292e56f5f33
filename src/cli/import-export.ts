// Bringing history in from other trackers: `tt import FORMAT FILE`. (`tt export --format ics` is
// declared with the other export formats in report.ts.)
import { Argument, Option } from '@commander-js/extra-typings';
import { collect, examples, type Register } from './wire.ts';

export const importExport = {
  import: (program, run) => {
    program
      .command('import')
      .description('add tracked time from Timewarrior, Watson, Toggl, Harvest or Clockify; importing a file again adds nothing')
      .addArgument(new Argument('<format>', 'the tool the file came from').choices(['timewarrior', 'watson', 'toggl', 'harvest', 'clockify'] as const))
      .argument('<file>', '`timew export` JSON, Watson\'s frames file, or a detailed-report CSV')
      .addOption(new Option('--client-from <source>', 'where client names come from (default: tag for timewarrior, project for watson, client for CSV)').choices(['tag', 'project', 'client'] as const))
      .option('--map <name=client>', 'map a source name to a client, or client/project (repeatable)', collect)
      .option('--skip-unmapped', 'leave out records whose names map to no client, instead of refusing')
      .option('--user <name>', 'team exports: import only this person\'s time (as the file names them)')
      .option('--tz <zone>', 'zone of the wall-clock times in CSV files (default: your tz)')
      .addOption(new Option('--date-order <order>', 'CSV dates like 03/04/2024: month first (mdy) or day first (dmy)').choices(['mdy', 'dmy'] as const))
      .option('--dry-run', 'show what would be imported; write nothing')
      .option('--json', 'print the summary as JSON')
      .addHelpText(
        'after',
        examples(
          'timew export > timew.json && tt import timewarrior timew.json',
          'tt import watson ~/.config/watson/frames --map project1=acme --map side-gig=globex/web',
          'tt client set acme --alias "Acme Corp" && tt import toggl toggl.csv --user "Jane Doe"',
          'tt import harvest harvest.csv --client-from project --skip-unmapped --dry-run',
        ),
      )
      .action(run(async (ctx, format, file, opts) => (await import('../commands/import.ts')).importHistory(ctx, format, file, opts)));
  },
} satisfies Record<string, Register>;
