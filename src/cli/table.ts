// Every top-level command of tt by name, in the order `tt --help` lists them. Each entry declares
// its command (flags, help, examples) and loads the command's module only when it runs.
import type { Register } from './wire.ts';
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

export const COMMANDS: Readonly<Record<string, Register>> = {
  ...foundation,
  ...capture,
  ...calendar,
  ...reconcile,
  ...invoice,
  ...report,
  ...review,
  ...importExport,
  ...sync,
  ...audit,
};
