// tt calendar list [--json]: the imported calendars, when they were imported, where from (on this
// machine), and what their files held that tt could not read as written.
import { count } from '../core/plural.ts';
import type { Ctx } from '../platform/context.ts';
import { formatLocal } from '../core/time.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { readIndex } from '../calendar/index-file.ts';
import { sourceOf } from '../calendar/manage.ts';
import { shownSource } from '../calendar/sources.ts';
import { importWarnings } from '../calendar/warnings.ts';

export async function calendarList(ctx: Ctx, opts: { json?: boolean }): Promise<void> {
  const store = new Store(ctx);
  const entries = readIndex(ctx.fs, store.p.calendars);
  const warnings = new Map((await importWarnings(store)).map((w) => [w.name, w]));
  const rows = entries.map((e) => {
    const source = sourceOf(store, e);
    const w = warnings.get(e.name);
    const unreadable = w?.unreadable === 'missing' ? ['its stored copy is missing; import it again'] : w?.unreadable === 'refused' ? ['its stored copy is not a calendar'] : [];
    return { name: e.name, importedAt: e.importedAt, events: e.events, source: source ? shownSource(source) : null, warnings: [...unreadable, ...(w?.warnings ?? [])] };
  });
  if (opts.json) {
    printJson(ctx.out, rows);
    return;
  }
  if (!rows.length) {
    ctx.out('No calendars yet. Import an export with `tt calendar import work.ics`.\n');
    return;
  }
  const tz = store.tz();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const from = r.source ? `from ${r.source}` : '(imported on another machine)';
    ctx.out(`${r.name.padEnd(width)}  ${String(r.events).padStart(5)} ${r.events === 1 ? 'event ' : 'events'}  imported ${formatLocal(Date.parse(r.importedAt), tz)}  ${from}\n`);
    if (r.warnings.length) ctx.out(`${' '.repeat(width)}  ${count(r.warnings.length, 'warning')}:\n${r.warnings.map((w) => `${' '.repeat(width)}    ${w}\n`).join('')}`);
  }
}
