// Commands of the capture capability.
import type { Command } from 'commander';
import type { Runner } from './runner.ts';

export function registerCapture(_program: Command, _run: Runner): void {}
