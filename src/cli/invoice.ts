// Commands of the invoice capability.
import type { Command } from 'commander';
import type { Runner } from './runner.ts';

export function registerInvoice(_program: Command, _run: Runner): void {}
