// tt calendar list [--json]: the imported calendars, with where they came from and when.
import type { Ctx } from '../platform/context.ts';
import { formatLocal } from '../core/time.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { readIndex } from '../calendar/index-file.ts';

export async function calendarList(ctx: Ctx, opts: { json?: boolean }): Promise<void> {
  const store = new Store(ctx);
  const entries = readIndex(ctx.fs, store.p.calendars);
  if (opts.json) {
    printJson(ctx.out, entries);
    return;
  }
  if (!entries.length) {
    ctx.out('No calendars yet. Import an export with `tt calendar import work.ics`.\n');
    return;
  }
  const tz = store.tz();
  const width = Math.max(...entries.map((e) => e.name.length));
  for (const e of entries) {
    ctx.out(`${e.name.padEnd(width)}  ${String(e.events).padStart(5)} event(s)  imported ${formatLocal(Date.parse(e.importedAt), tz)}  from ${e.source}\n`);
  }
}
