// What `tt sync` and `tt sync init` print: notes and overrides, then what the sync did (or --json).
import type { Ctx } from '../platform/context.ts';
import { printJson } from '../ui/entry-json.ts';
import type { SyncReport } from './sync.ts';

export function printReport(ctx: Ctx, r: SyncReport, json: boolean): void {
  if (json) {
    printJson(ctx.out, r);
    return;
  }
  for (const n of r.notes) ctx.err(`tt: note: ${n}\n`);
  for (const o of r.overrides) ctx.out(`Overrode: ${o}\n`);
  if (!r.committed && !r.pulled && !r.pushed) {
    ctx.out('Already in sync.\n');
    return;
  }
  const parts: string[] = [];
  if (r.committed) parts.push('committed local changes');
  if (r.pulled) parts.push(`took ${r.pulled} change(s) from other devices`);
  if (r.restored) parts.push(`put back ${r.restored} record(s) the remote had lost`);
  if (r.pushed) parts.push('pushed');
  ctx.out(`Synced: ${parts.join(', ')}.\n`);
}
