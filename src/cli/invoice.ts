// Commands of the invoice capability: create, list, show, import.
import { Option } from '@commander-js/extra-typings';
import type { Command, OptionValues } from '@commander-js/extra-typings';
import { examples, type Register } from './wire.ts';

/** Where and how `tt invoice create` and `tt invoice show` write the invoice. */
function outputOptions<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Command<A, O, G>) {
  return cmd
    .addOption(new Option('--format <format>', 'md, csv, html or json (default: from --out, else md)').choices(['md', 'csv', 'html', 'json'] as const))
    .option('--out <file>', 'write the invoice to this file instead of stdout (never inside the data folder)')
    .option('--force', 'with --out: replace the file if it exists')
    .option('--mkdir', 'with --out: make the folders it needs')
    .option('--template <file>', 'your own template for the format (see templates/invoice/)')
    .option('--json', 'print the invoice as JSON on stdout');
}

export const invoice = {
  invoice: (program, run) => {
    const invoice = program
      .command('invoice')
      .description('invoices from tracked time, and invoices made elsewhere')
      .addHelpText('after', examples('tt invoice create --client acme --last-month --out invoice.html', 'tt invoice list', 'tt invoice import toggl-november.csv'));
    outputOptions(
      invoice
        .command('create')
        .description('bill tracked time: one line per project and day, rounded and priced by the client\'s rules, entries marked invoiced')
        .option('--client <client>', 'the client to bill')
        .option('--period <from..to>', 'days to bill, both included (2026-11-01..2026-11-30)')
        .option('--last-week', 'last week, Monday to Sunday')
        .option('--last-month', 'last calendar month')
        .option('--again', 'bill entries that are on an invoice already')
        .option('--dry-run', 'show the invoice without recording it or marking entries'),
    )
      .addHelpText(
        'after',
        examples(
          'tt invoice create --client acme --last-month --out invoice.html',
          'tt invoice create --client acme --period 2026-11-02..2026-11-08 --format csv',
          'tt invoice create --client acme --last-week --dry-run',
          'tt undo        # takes back the marking of the invoice just made',
        ),
      )
      .action(run(async (ctx, opts) => (await import('../commands/invoice-create.ts')).invoiceCreate(ctx, opts)));

    invoice
      .command('list')
      .description('recorded invoices, oldest first')
      .option('--client <client>', 'only invoices billing this client')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt invoice list', 'tt invoice list --client acme --json'))
      .action(run(async (ctx, opts) => (await import('../commands/invoice-list.ts')).invoiceList(ctx, opts)));

    outputOptions(invoice.command('show').description('a recorded invoice, rendered again').argument('[ref]', 'number, id or part of the id; default the most recent'))
      .addHelpText('after', examples('tt invoice show', 'tt invoice show 2026-004 --out 2026-004.html', 'tt invoice show 2026-004 --json'))
      .action(run(async (ctx, ref, opts) => (await import('../commands/invoice-show.ts')).invoiceShow(ctx, ref, opts)));

    invoice
      .command('import')
      .description('record an invoice made elsewhere: tt CSV, Toggl, Harvest or Clockify report')
      .argument('<file>', 'the CSV file')
      .addOption(new Option('--format <format>', 'the file\'s format (default: told from the header)').choices(['tt', 'toggl', 'harvest', 'clockify'] as const))
      .option('--period <from..to>', 'the period the invoice billed (needed when lines have no date)')
      .option('--client <client>', 'client for rows that name none')
      .option('--number <number>', 'the invoice\'s number (default: the next one from invoice.number)')
      .addOption(new Option('--date-order <order>', 'for files whose dates could be MM/DD or DD/MM').choices(['mdy', 'dmy'] as const))
      .option('--skip-bad', 'record the good rows and list the bad ones')
      .option('--include-non-billable', 'record rows marked non-billable too')
      .option('--again', 'record a file that was imported before')
      .option('--dry-run', 'check the file and show what would be recorded')
      .option('--json', 'print the recorded invoice and what was skipped as JSON')
      .addHelpText(
        'after',
        examples(
          'tt invoice import toggl-november.csv',
          'tt invoice import clockify.csv --date-order mdy --client acme',
          'tt invoice import invoice.csv --format tt --period 2026-11-01..2026-11-30',
          'tt invoice import harvest.csv --skip-bad --json',
        ),
      )
      .action(run(async (ctx, file, opts) => (await import('../commands/invoice-import.ts')).invoiceImport(ctx, file, opts)));
  },
} satisfies Record<string, Register>;
