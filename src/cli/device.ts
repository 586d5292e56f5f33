// Commands about this machine: its invoice series and its name.
import { examples, type Register } from './wire.ts';

export const device = {
  device: (program, run) => {
    const device = program.command('device').description('this machine: its invoice series (local, never synced) and its name (synced)');
    device
      .command('series')
      .description('show or set the code this device prints in invoice numbers (2026-A001): each device its own')
      .argument('[code]', 'a capital letter, then up to three capital letters or digits')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt device series', 'tt device series A', 'tt device series LAP'))
      .action(run(async (ctx, code, opts) => (await import('../commands/device-series.ts')).deviceSeries(ctx, code, opts)));
    device
      .command('name')
      .description('show or set what this device is called on every device (sync\'s and undo\'s messages); default: the host name')
      .argument('[name]', 'up to 64 characters')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples('tt device name', 'tt device name laptop'))
      .action(run(async (ctx, name, opts) => (await import('../commands/device-name.ts')).deviceName(ctx, name, opts)));
  },
} satisfies Record<string, Register>;
