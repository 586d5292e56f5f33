// tt audit.
import { examples, type Register } from './wire.ts';

export const audit = {
  audit: (program, run) => {
    program
      .command('audit')
      .description('check an invoice against the evidence: unbilled hours and money per client (exit 1 when a client is flagged)')
      .option('--invoice <id-or-file>', 'a stored invoice (number or id; default the last) or an invoice file (tt CSV, Toggl, Harvest, Clockify)')
      .option('--period <from..to>', 'the days the invoice covers (default: recorded with it, else the whole weeks its lines touch)')
      .option('--tolerance <percent>', 'unbilled share of invoiced hours that flags a client (default: config audit.tolerance, 5%)')
      .option('--json', 'print the audit as JSON')
      .addHelpText('after', examples('tt audit', 'tt audit --invoice 2026-014', 'tt audit --invoice toggl-export.csv --period 2026-11-02..2026-11-08 --json', 'tt audit --tolerance 2%'))
      .action(run(async (ctx, opts) => (await import('../commands/audit.ts')).audit(ctx, opts)));
  },
} satisfies Record<string, Register>;
