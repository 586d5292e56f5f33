// Commands of the reconcile capability.
import type { Command } from 'commander';
import type { Runner } from './runner.ts';

export function registerReconcile(_program: Command, _run: Runner): void {}
