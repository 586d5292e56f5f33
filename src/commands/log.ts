// tt log [range] [--client C] [--json]: tracked entries by local day, with short ids.
import { count } from '../core/plural.ts';
import type { Ctx } from '../platform/context.ts';
import { damagedExit, loadEntries, trackedShortIds } from '../store/load.ts';
import { warnAboutTimer } from '../ui/timer-notes.ts';
import { requireClient } from '../core/client.ts';
import { formatHM, hours } from '../core/duration.ts';
import { resolveRange, type RangeFlags } from '../core/ranges.ts';
import { localDate } from '../core/time.ts';
import { visible } from '../core/visible.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { Store } from '../store/store.ts';
import { paint } from '../ui/color.ts';
import { label, span } from '../ui/entry-text.ts';
import { entryJson, printJson } from '../ui/entry-json.ts';
import { invoicedLabel, markedEntries } from '../invoices/marks.ts';

export interface LogOptions extends RangeFlags {
  client?: string;
  json?: boolean;
}

export async function log(ctx: Ctx, o: LogOptions): Promise<number> {
  const store = new Store(ctx);
  const tz = store.tz();
  const now = ctx.now();
  const range = resolveRange(o, now, tz, 'week')!;
  const client = o.client ? requireClient(readClientsLoose(ctx.fs, store.p.clients), o.client).name : null;
  const h = await loadEntries(ctx, store, { remember: true, range });
  const ids = trackedShortIds(h);
  // What is invoiced is read from the invoice records (src/invoices/marks.ts), loaded only when there are any.
  const marked = await markedEntries(ctx, store, h.entries);
  const shown = marked.entries.filter((e) => {
    const day = localDate(e.start, tz);
    return day >= range.from && day <= range.to && (!client || e.client === client);
  });
  const total = shown.reduce((s, e) => s + ((e.end ?? now) - e.start), 0);
  if (o.json) {
    printJson(ctx.out, { from: range.from, to: range.to, tz, entries: shown.map((e) => entryJson(e, now, ids.get(e.id))), totalHours: hours(total) });
    return marked.book.damaged.length ? 3 : damagedExit(h);
  }
  const c = await paint(ctx);
  if (!shown.length) ctx.out(`No entries from ${range.from} to ${range.to}.\n`);
  // Columns as wide as their widest cell: no fixed width that leaves a wide gap on every usual row.
  const times = (e: (typeof shown)[number]): string => span(e, tz, now);
  const idW = Math.max(0, ...shown.map((e) => ids.get(e.id)!.length));
  const timeW = Math.max(0, ...shown.map((e) => times(e).length));
  let day = '';
  let dayTotal = 0;
  const flush = (): void => {
    if (day) ctx.out(`${c.dim(`  ${''.padEnd(idW)}  ${formatHM(dayTotal).padStart(timeW)}`)}\n`);
  };
  for (const e of shown) {
    const d = localDate(e.start, tz);
    if (d !== day) {
      flush();
      day = d;
      dayTotal = 0;
      ctx.out(`${c.bold(d)}\n`);
    }
    dayTotal += (e.end ?? now) - e.start;
    const billed = invoicedLabel(marked, e);
    const inv = billed ? c.green(billed) : '';
    const shownNote = e.note ?? e.internalNote;
    const note = shownNote ? c.dim(`  ${visible(shownNote)}`) : '';
    ctx.out(`  ${c.yellow(ids.get(e.id)!.padEnd(idW))}  ${times(e).padStart(timeW)}  ${visible(label(e))}${note}${inv}\n`);
  }
  flush();
  if (shown.length) ctx.out(`Total ${formatHM(total)} in ${count(shown.length, 'entry')}, ${range.from}..${range.to}\n`);
  warnAboutTimer(ctx, store.timer(), tz);
  return marked.book.damaged.length ? 3 : damagedExit(h);
}
