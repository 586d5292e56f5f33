// Commands of the calendar capability.
import type { Command } from 'commander';
import type { Runner } from './runner.ts';

export function registerCalendar(_program: Command, _run: Runner): void {}
