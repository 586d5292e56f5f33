// Commands of the report capability.
import type { Command } from 'commander';
import type { Runner } from './runner.ts';

export function registerReport(_program: Command, _run: Runner): void {}
