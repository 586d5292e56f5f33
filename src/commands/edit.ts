// tt edit REF [--from T] [--to T] [--long] [--client C[/P]] [--tags a,b] [--note N] [--estimate D] [--force]
import type { Ctx } from '../platform/context.ts';
import { warnOverlaps } from '../ui/overlap-note.ts';
import { resolveTarget } from '../core/target.ts';
import { warnAboutTimer } from '../ui/timer-notes.ts';
import { localDate } from '../core/time.ts';
import { editEntry } from '../entries/change.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { Store } from '../store/store.ts';
import { label, span } from '../ui/entry-text.ts';
import { entryJson, printJson } from '../ui/entry-json.ts';

export interface EditOptions {
  from?: string;
  to?: string;
  client?: string;
  tags?: string;
  note?: string;
  estimate?: string;
  long?: boolean;
  force?: boolean;
  json?: boolean;
}

export async function edit(ctx: Ctx, ref: string, o: EditOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const now = ctx.now();
  const { client, json, ...changes } = o;
  const target = client === undefined ? undefined : resolveTarget(readClientsLoose(ctx.fs, store.p.clients), client);
  const { edited, entries, invoices } = await editEntry(ctx, store, ref, { ...changes, target });
  if (json) printJson(ctx.out, entryJson(edited, now));
  else ctx.out(`Edited ${label(edited)} ${localDate(edited.start, tz)} ${span(edited, tz, now)}.\n`);
  for (const i of invoices) ctx.err(`tt: note: invoice ${i.number} billed it; a note on the invoice now says it no longer matches its entries\n`);
  warnOverlaps(ctx, entries, edited, tz);
  warnAboutTimer(ctx, store.timer(), tz);
}
