// Commands of the invoice capability: create, list, sent, paid, void, link, show, import.
import { Option } from '@commander-js/extra-typings';
import type { Command, OptionValues } from '@commander-js/extra-typings';
import { examples, type Register } from './wire.ts';

/** Where and how `tt invoice create` and `tt invoice show` write the invoice. */
function outputOptions<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Command<A, O, G>) {
  return cmd
    .addOption(new Option('--format <format>', 'md, csv, html, pdf or json (default: from --out, else md); pdf needs --out').choices(['md', 'csv', 'html', 'pdf', 'json'] as const))
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
        .description('bill tracked time: one line per project and day, rounded and priced by the client\'s rules; the invoice is a record written once')
        .option('--client <client>', 'the client to bill')
        .option('--period <from..to>', 'days to bill, both included (2026-11-01..2026-11-30)')
        .option('--last-week', 'last week, Monday to Sunday')
        .option('--last-month', 'last calendar month')
        .option('--unbilled', 'bill only what no invoice bills yet (without a period: every unbilled day up to today)')
        .addOption(new Option('--group <how>', 'how lines are shown (never how they are computed): day, project or entry').choices(['day', 'project', 'entry'] as const))
        .option('--dry-run', 'show the invoice without recording it (uses no number)')
        .addOption(new Option('--tax-mode <mode>', 'this invoice only: standard, reverse-charge or exempt (default: the client\'s)').choices(['standard', 'reverse-charge', 'exempt'] as const))
        .option('--po <number>', 'this invoice only: the client\'s purchase order number')
        .option('--eur-rate <n>', 'VAT charged in another currency is shown in EUR too: 1 unit of the invoice\'s currency in EUR'),
    )
      .addHelpText(
        'after',
        examples(
          'tt invoice create --client acme --last-month --out invoice.html',
          'tt invoice create --client acme --last-month --out 2026-11.pdf',
          'tt invoice create --client acme --period 2026-11-02..2026-11-08 --format csv',
          'tt invoice create --client globex --last-month --eur-rate 0.9213 --out globex.pdf   # USD invoice, VAT also in EUR',
          'tt invoice create --client acme --unbilled --out 2026-A002.html',
          'tt invoice create --client acme --last-week --dry-run',
          'tt invoice void 2026-A001   # takes an invoice back (tt undo does not)',
        ),
      )
      .action(run(async (ctx, opts) => (await import('../commands/invoice-create.ts')).invoiceCreate(ctx, opts)));

    invoice
      .command('list')
      .description('recorded invoices, oldest first, with status, due date and what is open')
      .option('--client <client>', 'only invoices billing this client')
      .option('--open', 'only invoices with money still to be paid')
      .option('--overdue', 'only invoices past their due date with money still to be paid')
      .option('--paid', 'only invoices paid in full (or settled)')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt invoice list', 'tt invoice list --open', 'tt invoice list --overdue --client acme', 'tt invoice list --json'))
      .action(run(async (ctx, opts) => (await import('../commands/invoice-list.ts')).invoiceList(ctx, opts)));

    invoice
      .command('sent')
      .description('record that an invoice was sent (after that, void issues a cancellation document)')
      .argument('<ref>', 'number, id or part of the id')
      .option('--on <day>', 'the day it was sent (default today)')
      .option('--json', 'print the invoice\'s status as JSON')
      .addHelpText('after', examples('tt invoice sent 2026-A002', 'tt invoice sent 2026-A002 --on 2026-11-10'))
      .action(run(async (ctx, ref, opts) => (await import('../commands/invoice-sent.ts')).invoiceSent(ctx, ref, opts)));

    invoice
      .command('paid')
      .description('record a payment (gross, what the client paid); partial payments add up')
      .argument('<ref>', 'number, id or part of the id')
      .option('--on <day>', 'the day it was paid (default today)')
      .option('--amount <n>', 'the amount received (default: all that is open)')
      .option('--currency <code>', 'for an invoice in several currencies: which one')
      .option('--settle <reason>', 'write off what is still open after this payment (bank fees, withholding)')
      .option('--credit', 'keep a payment above the open amount as the client\'s credit (taken off their next invoice)')
      .option('--json', 'print the invoice\'s status as JSON')
      .addHelpText(
        'after',
        examples('tt invoice paid 2026-A002', 'tt invoice paid 2026-A002 --on 2026-11-24 --amount 480', 'tt invoice paid 2026-A002 --amount 470 --settle "bank fees"', 'tt invoice paid 2026-A002 --amount 500 --credit'),
      )
      .action(run(async (ctx, ref, opts) => (await import('../commands/invoice-paid.ts')).invoicePaid(ctx, ref, opts)));

    invoice
      .command('void')
      .description('take an invoice back: before it was sent, cancelled without a document; after, with a cancellation document of its own number')
      .argument('<ref>', 'number, id or part of the id')
      .option('--on <day>', 'the day of the cancellation (default today)')
      .option('--reason <text>', 'why, kept with the record')
      .option('--reissue', 'issue the corrected invoice for the same client and period, with the payments recorded so far')
      .addOption(new Option('--format <format>', 'with a cancellation document or --reissue: md, csv or html (default: from --out, else md)').choices(['md', 'csv', 'html', 'json'] as const))
      .option('--out <file>', 'write the cancellation document to this file')
      .option('--force', 'with --out: replace the file if it exists')
      .option('--mkdir', 'with --out: make the folders it needs')
      .option('--json', 'print what was recorded as JSON')
      .addHelpText(
        'after',
        examples('tt invoice void 2026-A002', 'tt invoice void 2026-A002 --reason "wrong rate" --out cancel-2026-A002.html', 'tt invoice void 2026-A002 --reissue --json'),
      )
      .action(run(async (ctx, ref, opts) => (await import('../commands/invoice-void.ts')).invoiceVoid(ctx, ref, opts)));

    invoice
      .command('link')
      .description('mark the entries an imported invoice billed (for invoices imported before tt linked them)')
      .argument('<ref>', 'number, id or part of the id')
      .option('--dry-run', 'show what would be linked')
      .option('--json', 'print the links as JSON')
      .addHelpText('after', examples('tt invoice link 2026-A003', 'tt invoice link 2026-A003 --dry-run --json'))
      .action(run(async (ctx, ref, opts) => (await import('../commands/invoice-link.ts')).invoiceLink(ctx, ref, opts)));

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
      .option('--no-link', 'record it without marking the tracked entries it billed')
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
