// Commands about this machine: its invoice series and its name.
import type { Command } from 'commander';
import { examples, type Runner } from './runner.ts';

export function registerDevice(program: Command, run: Runner): void {
  const device = program.command('device').description('this machine: its invoice series (local, never synced) and its name (synced)');
  device
    .command('series')
    .description('show or set the code this device prints in invoice numbers (2026-A001): each device its own')
    .argument('[code]', 'a capital letter, then up to three capital letters or digits')
    .option('--json', 'print as JSON')
    .addHelpText('after', examples('tt device series', 'tt device series A', 'tt device series LAP'))
    .action(run(() => import('../commands/device-series.ts')));
  device
    .command('name')
    .description('show or set what this device is called on every device (sync\'s and undo\'s messages); default: the host name')
    .argument('[name]', 'up to 64 characters')
    .option('--json', 'print as JSON')
    .addHelpText('after', examples('tt device name', 'tt device name laptop'))
    .action(run(() => import('../commands/device-name.ts')));
}
