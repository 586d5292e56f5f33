// tt audit.
import { examples, type Register } from './wire.ts';

export const audit = {
  audit: (program, run) => {
    program
      .command('audit')
      .description('check invoices against the evidence: tracked but not invoiced, untracked, invoiced without evidence, with money before tax (exit 1 when a client is flagged)')
      .option('--invoice <ids-or-file>', 'stored invoices, comma-separated (number or id), or one invoice file (tt CSV, Toggl, Harvest, Clockify); default: per client, its most recent invoice\'s period')
      .option('--period <from..to>', 'the days to audit (default: recorded with the invoices); alone, it audits every invoice and client of the period')
      .option('--tolerance <percent>', 'unbilled share of invoiced hours that flags a client (default: config audit.tolerance, 5%)')
      .option('--json', 'print the audit as JSON')
      .addHelpText('after', examples('tt audit', 'tt audit --invoice 2026-A001,2026-A002', 'tt audit --period 2026-11-02..2026-11-08', 'tt audit --invoice toggl-export.csv --period 2026-11-02..2026-11-08 --json', 'tt audit --tolerance 2%'))
      .action(run(async (ctx, opts) => (await import('../commands/audit.ts')).audit(ctx, opts)));
  },
} satisfies Record<string, Register>;
