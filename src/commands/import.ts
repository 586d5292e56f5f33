// tt import timewarrior|watson|toggl|harvest|clockify FILE [--client-from ...] [--map NAME=CLIENT]...
import type { Ctx } from '../platform/context.ts';
import { longEntriesWarning } from '../import/bounds.ts';
import { importFile, type ImportOptions as ImportFileOptions } from '../import/run.ts';
import { summaryText } from '../import/summary.ts';
import type { ImportFormat } from '../import/types.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';

export interface ImportOptions extends ImportFileOptions {
  json?: boolean;
}

/** `import` is a keyword, hence the name. */
export async function importHistory(ctx: Ctx, format: ImportFormat, file: string, o: ImportOptions): Promise<void> {
  const { summary, plan, warnings } = await importFile(ctx, new Store(ctx), format, file, o);
  for (const w of warnings) ctx.err(`tt: warning: ${w}\n`);
  if (o.json) printJson(ctx.out, summary);
  else ctx.out(summaryText(summary, plan));
  const overlaps = summary.overlapsExisting;
  if (overlaps) ctx.err(`tt: warning: ${overlaps} imported ${overlaps === 1 ? 'entry overlaps' : 'entries overlap'} time already tracked; \`tt log\` shows both\n`);
  if (summary.longEntries.length) ctx.err(`tt: warning: ${longEntriesWarning(summary.longEntries)}\n`);
  if (summary.notesShortened) ctx.err(`tt: warning: ${summary.notesShortened} long ${summary.notesShortened === 1 ? 'note was' : 'notes were'} shortened to fit a record\n`);
}
