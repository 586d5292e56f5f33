// Commands of the later capabilities register here, one file each, so they can grow independently.
import type { Command } from 'commander';
import { registerAudit } from './audit.ts';
import { registerCalendar } from './calendar.ts';
import { registerCapture } from './capture.ts';
import { registerDevice } from './device.ts';
import { registerImportExport } from './import-export.ts';
import { registerInvoice } from './invoice.ts';
import { registerReconcile } from './reconcile.ts';
import { registerReport } from './report.ts';
import { registerReview } from './review.ts';
import type { Runner } from './runner.ts';
import { registerSync } from './sync.ts';

export function registerAreas(program: Command, run: Runner): void {
  registerCapture(program, run);
  registerCalendar(program, run);
  registerReconcile(program, run);
  registerInvoice(program, run);
  registerReport(program, run);
  registerReview(program, run);
  registerImportExport(program, run);
  registerSync(program, run);
  registerAudit(program, run);
  registerDevice(program, run);
}
