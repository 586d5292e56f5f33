// tt calendar import FILE|URL [--name N] [--strict]: check that it is a calendar, then copy it into
// the data folder under its name (importing again replaces it). Where it came from stays on this
// machine, for `tt calendar refresh`; a URL is shown with its secret part redacted.
import { count } from '../core/plural.ts';
import { resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { NAME_RE } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { calendarUrl, fetchCalendar } from '../calendar/fetch.ts';
import { shownSource, type Source } from '../calendar/sources.ts';
import { nameOfFile, readUserFile } from '../calendar/commands-shared.ts';
import { importChecked } from '../calendar/manage.ts';

export interface CalendarImportOptions {
  name?: string;
  strict?: boolean;
  json?: boolean;
}

export async function calendarImport(ctx: Ctx, arg: string, o: CalendarImportOptions): Promise<void> {
  const url = calendarUrl(arg);
  if (!url && /^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) throw new UsageError(`cannot import ${arg.split('://')[0]}:// addresses`, 'Give an .ics file, or an http(s) or webcal URL.');
  const source: Source = url ? { url } : { path: resolve(ctx.cwd, arg) };
  const name = o.name ?? nameOfFile(url ? (new URL(url).pathname.split('/').pop() ?? '') : arg);
  if (!NAME_RE.test(name)) throw new UsageError(`--name: "${name}" is not a calendar name`, 'Use letters, digits, dot, dash and underscore, starting with a letter or digit.');
  const text = url ? await fetchCalendar(url) : readUserFile(ctx, arg);
  const store = new Store(ctx);
  const r = await importChecked(ctx, store, { name, source, text, strict: o.strict });
  if (o.json) {
    printJson(ctx.out, { name, source: shownSource(source), importedAt: r.entry.importedAt, events: r.entry.events, replaced: r.replaced, warnings: r.warnings });
    return;
  }
  const problems = r.warnings ? ` (${count(r.warnings, 'warning')} above)` : '';
  ctx.out(`${r.replaced ? 'Replaced' : 'Imported'} calendar "${name}": ${count(r.entry.events, 'event')} from ${shownSource(source)}${problems}.\n`);
}
