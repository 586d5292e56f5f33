// start, stop, status, continue and cancel, built into a bundle of their own (dist/timers.cjs) that
// bin/tt.js runs for them: a third the size of the whole CLI's, which they would otherwise read and
// compile on every run. The figures: docs/architecture.md, "Start-up".
import { runProcess } from './cli/program.ts';
import { timers } from './cli/timers.ts';

export function run(): void {
  runProcess(timers);
}
