// Commands about this machine: its invoice series.
import { examples, type Register } from './wire.ts';

export const device = {
  device: (program, run) => {
    const device = program.command('device').description('this machine: its invoice series (local, never synced)');
    device
      .command('series')
      .description('show or set the code this device prints in invoice numbers (2026-A001): each device its own')
      .argument('[code]', 'a capital letter, then up to three capital letters or digits')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt device series', 'tt device series A', 'tt device series LAP'))
      .action(run(async (ctx, code, opts) => (await import('../commands/device-series.ts')).deviceSeries(ctx, code, opts)));
  },
} satisfies Record<string, Register>;
