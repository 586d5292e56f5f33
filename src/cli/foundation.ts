// Entries, clients, config and the data folder's health. (The timer commands are in timers.ts.)
import { Option } from '@commander-js/extra-typings';
import type { Command, OptionValues } from '@commander-js/extra-typings';
import { collect, examples, type Register } from './wire.ts';
import { rangeOptions } from './range-options.ts';

/** The flags `tt client add` and `tt client set` share. */
function clientOptions<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Command<A, O, G>) {
  return cmd
    .option('--rate <n>', 'hourly rate')
    .option('--from <day>', 'with --rate, --currency, --round or --tax: the day it applies from (earlier work keeps what it had)')
    .option('--currency <code>', 'ISO 4217 code, like USD or EUR')
    .option('--round <increment>', 'invoice rounding per line: 6m, 15m or none')
    .addOption(new Option('--round-mode <mode>', 'rounding direction').choices(['up', 'nearest', 'down'] as const))
    .option('--billable', 'billable (the default)')
    .option('--no-billable', 'not billable')
    .option('--tax <percent>', 'tax on invoices, like 19% (none: no tax)')
    .option('--alias <name>', 'a name other tools use for this client (repeatable)', collect)
    .option('--repo <path-or-glob>', 'repos of this client: a path, or a glob (* one folder, ** any depth) (repeatable)', collect)
    .option('--remote <text>', 'repos whose remote URL contains this text (repeatable)', collect)
    .option('--meeting <regex>', 'meetings whose title matches, case-insensitive (repeatable)', collect)
    .option('--domain <domain>', 'meetings with an attendee or organizer at this e-mail domain (repeatable)', collect)
    .option('--calendar <name>', 'every meeting in this imported calendar (repeatable)', collect)
    .option('--bill-to-name <name>', 'invoices: the legal name to bill, like "Acme GmbH" ("" removes a detail)')
    .option('--street <text>', 'invoices: street and number')
    .option('--postcode <text>', 'invoices: postcode')
    .option('--city <text>', 'invoices: city')
    .option('--country <code>', 'invoices: ISO 3166 country code, like DE or US')
    .option('--vat-id <id>', 'invoices: the client\'s VAT id, checked by its country\'s shape')
    .option('--email <address>', 'invoices: where accounts payable reads them')
    .option('--terms <days>', 'invoices: days to pay, like 14d (default: config invoice.terms)')
    .option('--po <number>', 'invoices: the client\'s purchase order number')
    .addOption(new Option('--tax-mode <mode>', 'invoices: standard (the --tax rate), reverse-charge (0 %, needs --vat-id) or exempt (§19 UStG)').choices(['standard', 'reverse-charge', 'exempt'] as const))
    .option('--json', 'print the client as JSON');
}

export const foundation = {
  add: (program, run) => {
    program
      .command('add')
      .description('record an interval after the fact')
      .argument('<client[/project]>', 'client, and optionally project')
      .argument('[tags...]', 'tags, written +tag')
      .requiredOption('--from <time>', 'start (ISO-8601, HH:MM, "yesterday 14:00")')
      .requiredOption('--to <time>', 'end')
      .option('--long', 'allow an entry longer than 24 hours')
      .option('-n, --note <text>', 'a note')
      .option('--json', 'print the added entry as JSON')
      .addHelpText('after', examples('tt add acme --from "yesterday 14:00" --to "yesterday 16:30" --note "call with Bob"', 'tt add globex --from 2026-10-21T13:00:00+02:00 --to 2026-10-21T15:00:00+02:00'))
      .action(run(async (ctx, target, tags, opts) => (await import('../commands/add.ts')).add(ctx, target, tags, opts)));
  },

  edit: (program, run) => {
    program
      .command('edit')
      .description('change an entry')
      .argument('<ref>', '@1 (most recent), @2, ..., or an id from `tt log`')
      .option('--from <time>', 'new start (HH:MM means the entry\'s own day)')
      .option('--to <time>', 'new end')
      .option('--long', 'allow the entry to last longer than 24 hours')
      .option('--client <client[/project]>', 'move to another client or project')
      .option('--tags <tags>', 'replace tags: comma-separated, "" for none')
      .option('-n, --note <text>', 'replace the note')
      .option('--estimate <duration>', 'replace the estimate')
      .option('--force', 'change an entry an invoice bills (the invoice gets a note that it no longer matches)')
      .option('--json', 'print the edited entry as JSON')
      .addHelpText('after', examples('tt edit @1 --to 17:00', 'tt edit 7QK2M9 --client globex/api --note "moved"', 'tt edit 7QK2M9 --to 16:30 --force   # on an invoice already'))
      .action(run(async (ctx, ref, opts) => (await import('../commands/edit.ts')).edit(ctx, ref, opts)));
  },

  delete: (program, run) => {
    program
      .command('delete')
      .description('delete an entry (tt undo brings it back)')
      .argument('<ref>', '@1, @2, ..., or an id from `tt log`')
      .option('--force', 'delete an entry an invoice bills (the invoice gets a note that it no longer matches)')
      .addHelpText('after', examples('tt delete 7QK2M9', 'tt delete @1', 'tt delete 7QK2M9 --force   # on an invoice already'))
      .action(run(async (ctx, ref, opts) => (await import('../commands/delete.ts')).deleteEntry(ctx, ref, opts)));
  },

  undo: (program, run) => {
    program
      .command('undo')
      .description('revert this device\'s most recent change to tracked time (again: the one before); invoices are taken back with tt invoice void')
      .addHelpText('after', examples('tt undo', 'tt undo && tt redo   # and back again'))
      .action(run(async (ctx) => (await import('../commands/undo.ts')).undo(ctx)));
  },

  redo: (program, run) => {
    program
      .command('redo')
      .description('do again what tt undo reverted (again: the undo before), until this device changes something new')
      .addHelpText('after', examples('tt redo'))
      .action(run(async (ctx) => (await import('../commands/redo.ts')).redo(ctx)));
  },

  log: (program, run) => {
    rangeOptions(
      program
        .command('log')
        .description('tracked entries, by day')
        .option('--client <client>', 'only this client')
        .option('--json', 'print as JSON'),
      'week',
    )
      .addHelpText('after', examples('tt log', 'tt log --week', 'tt log --since 2026-11-01 --until 2026-11-15 --json'))
      .action(run(async (ctx, opts) => (await import('../commands/log.ts')).log(ctx, opts)));
  },

  client: (program, run) => {
    const client = program.command('client').description('clients: rates, currency, rounding, and the rules that map evidence to them');
    clientOptions(client.command('add').description('create a client').argument('<name>'))
      .addHelpText('after', examples('tt client add acme --rate 90 --currency USD --round 6m', 'tt client add globex --rate 120 --currency EUR --repo "~/work/globex-*"', 'tt client add acme-de --bill-to-name "Acme GmbH" --street "Hauptstr. 5" --postcode 10115 --city Berlin --country DE --vat-id DE123456789 --tax 19%'))
      .action(run(async (ctx, name, opts) => (await import('../commands/client-add.ts')).clientAdd(ctx, name, opts)));
    clientOptions(client.command('set').description('change a client (rules given are added; see --clear)').argument('<name>'))
      .option('--clear <rule>', 'remove every rule of a kind first: alias, repo, remote, meeting, domain, calendar (repeatable)', collect)
      .option('--rename <new-name>', 'rename the client (its tracked entries follow)')
      .option('--yes', 'with --rate, --currency, --round or --tax and no --from: reprice work tracked but not invoiced yet')
      .addHelpText('after', examples('tt client set acme --rate 100 --from 2026-12-01', 'tt client set acme --currency EUR --from 2027-01-01', 'tt client set acme --rate 95 --yes', 'tt client set acme --meeting "acme|standup" --domain acme.com', 'tt client set acme --vat-id FR12345678901 --country FR --tax-mode reverse-charge --terms 30d --po PO-77'))
      .action(run(async (ctx, name, opts) => (await import('../commands/client-set.ts')).clientSet(ctx, name, opts)));
    client
      .command('remove')
      .description('remove a client that has no tracked entries')
      .argument('<name>')
      .option('--force', 'remove even though entries name it (they keep the name)')
      .addHelpText('after', examples('tt client remove acme'))
      .action(run(async (ctx, name, opts) => (await import('../commands/client-remove.ts')).clientRemove(ctx, name, opts)));
    client
      .command('list')
      .description('clients with their rates and rules, and rules that conflict')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt client list', 'tt client list --json'))
      .action(run(async (ctx, opts) => (await import('../commands/client-list.ts')).clientList(ctx, opts)));
  },

  config: (program, run) => {
    const config = program.command('config').description('settings: tz, me.emails, session.gap, session.leadIn, idle, audit.tolerance, ...');
    config
      .command('set')
      .description('set a key')
      .argument('<key>')
      .argument('<value>')
      .addHelpText('after', examples('tt config set tz Europe/Berlin', 'tt config set me.emails me@example.com,me@work.example', 'tt config set session.gap 90m'))
      .action(run(async (ctx, key, value) => (await import('../commands/config-set.ts')).configSet(ctx, key, value)));
    config
      .command('get')
      .description('print one key')
      .argument('<key>')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt config get tz', 'tt config get me.emails --json'))
      .action(run(async (ctx, key, opts) => (await import('../commands/config-get.ts')).configGet(ctx, key, opts)));
    config
      .command('unset')
      .description('go back to the default')
      .argument('<key>')
      .addHelpText('after', examples('tt config unset session.gap'))
      .action(run(async (ctx, key) => (await import('../commands/config-unset.ts')).configUnset(ctx, key)));
    config
      .command('list')
      .description('every key with its value and meaning')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt config list', 'tt config list --json'))
      .action(run(async (ctx, opts) => (await import('../commands/config-list.ts')).configList(ctx, opts)));
  },

  doctor: (program, run) => {
    program
      .command('doctor')
      .description('check every stored file; --repair quarantines bad records and keeps the good ones')
      .option('--repair', 'move bad records aside into quarantine/ and rebuild derived state')
      .option('--json', 'print the findings as JSON')
      .addHelpText('after', examples('tt doctor', 'tt doctor --repair'))
      .action(run(async (ctx, opts) => (await import('../commands/doctor.ts')).doctor(ctx, opts)));
  },

  completion: (program, run) => {
    program
      .command('completion')
      .description('print a shell completion script')
      .argument('<shell>', 'bash, zsh or fish')
      .addHelpText('after', examples('eval "$(tt completion bash)"', 'tt completion fish > ~/.config/fish/completions/tt.fish'))
      // The script lists every command and flag: the program it is declared in.
      .action(run(async (ctx, shell) => (await import('../commands/completion.ts')).completion(ctx, shell, program)));
  },

  fold: (program, run) => {
    program
      .command('fold', { hidden: true })
      .description('fold the capture journal into month shards now')
      .action(run(async (ctx) => (await import('../commands/fold.ts')).fold(ctx)));
  },
} satisfies Record<string, Register>;
