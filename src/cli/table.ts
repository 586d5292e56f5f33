// Every top-level command of tt by name, in the order `tt --help` lists them. Each entry declares
// its command (flags, help, examples) and loads the command's module only when it runs.
import type { Register } from './wire.ts';
import { timers } from './timers.ts';
import { foundation } from './foundation.ts';
import { capture } from './capture.ts';
import { calendar } from './calendar.ts';
import { reconcile } from './reconcile.ts';
import { invoice } from './invoice.ts';
import { report } from './report.ts';
import { review } from './review.ts';
import { importExport } from './import-export.ts';
import { sync } from './sync.ts';
import { audit } from './audit.ts';
import { device } from './device.ts';

export type Commands = Readonly<Record<string, Register>>;

const { add, ...entries } = foundation;

export const COMMANDS: Commands = {
  start: timers.start,
  stop: timers.stop,
  status: timers.status,
  add,
  continue: timers.continue,
  cancel: timers.cancel,
  __complete: timers.__complete,
  ...entries,
  ...capture,
  ...calendar,
  ...reconcile,
  ...invoice,
  ...report,
  ...review,
  ...importExport,
  ...sync,
  ...audit,
  ...device,
};
