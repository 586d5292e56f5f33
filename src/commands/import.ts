// tt import timewarrior|watson|toggl|harvest|clockify FILE [--client-from ...] [--map NAME=CLIENT]...
import { resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { loadHistory } from '../store/load.ts';
import { UsageError } from '../core/errors.ts';
import { isValidZone } from '../core/time.ts';
import { longEntries, longEntriesWarning, outOfBoundsError } from '../import/bounds.ts';
import { entryEvents } from '../import/events.ts';
import { clientFrom, parseMap } from '../import/options.ts';
import { originsOf, timeEventsNow } from '../import/origins.ts';
import { countOverlaps } from '../import/overlaps.ts';
import { planImport } from '../import/plan.ts';
import { readText } from '../import/read-file.ts';
import { readSource } from '../import/read.ts';
import { checkUser, unmappedError } from '../import/refuse.ts';
import { importSummary, summaryText } from '../import/summary.ts';
import type { ImportFormat } from '../import/types.ts';
import type { DateOrder } from '../invoices/rows.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { Store, newId } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';

export interface ImportOptions {
  clientFrom?: string;
  map?: string[];
  skipUnmapped?: boolean;
  user?: string;
  tz?: string;
  dateOrder?: DateOrder;
  dryRun?: boolean;
  json?: boolean;
}

/** `import` is a keyword, hence the name. */
export async function importHistory(ctx: Ctx, format: ImportFormat, file: string, o: ImportOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = o.tz ?? store.tz();
  if (!isValidZone(tz)) throw new UsageError(`--tz: "${tz}" is not an IANA time zone`, 'Like Europe/Berlin or America/New_York.');
  const clients = readClientsLoose(ctx.fs, store.p.clients);
  const mapping = { clientFrom: clientFrom(format, o.clientFrom), map: parseMap(o.map ?? [], clients), ...(o.user ? { user: o.user } : {}) };
  const text = readText(ctx, resolve(ctx.cwd, file), file);
  const { records, users } = await readSource(format, text, file, { tz, ...(o.dateOrder ? { dateOrder: o.dateOrder } : {}) });
  checkUser(users, o.user, file);

  const h = await loadHistory(ctx, store, o.dryRun ? 'read' : 'change');
  let plan = planImport(records, clients, mapping, originsOf(h.events));
  const refusal = unmappedError(plan, mapping.clientFrom);
  if (refusal && !o.skipUnmapped) throw refusal;
  const outside = outOfBoundsError(plan.entries, ctx.now(), file);
  if (outside) throw outside;
  for (const key of plan.unusedMaps) ctx.err(`tt: warning: --map ${key}=... matched no record to import\n`);

  const action = newId();
  let written = { events: [] as ReturnType<typeof entryEvents>['events'], shortened: 0 };
  if (!o.dryRun && plan.entries.length) {
    written = store.lock(() => {
      // Again under the lock: another import of the same file may have finished since we read.
      plan = planImport(records, clients, mapping, originsOf(timeEventsNow(ctx, store.p)));
      const late = outOfBoundsError(plan.entries, ctx.now(), file);
      if (late) throw late;
      // The zone the file's wall times were read in is the zone they were captured in.
      const built = entryEvents(plan.entries, { ...store.stamp(action, 'import'), tz }, newId);
      // One journal write when the lock's function returns: the whole import is written or none of it.
      store.append(built.events);
      return built;
    });
  }
  const overlaps = countOverlaps(plan.entries, h.entries.map((e) => ({ start: e.start, end: e.end ?? ctx.now() })));
  const summary = importSummary({
    format,
    file,
    dryRun: Boolean(o.dryRun),
    action: written.events.length ? action : null,
    plan,
    events: written.events,
    overlaps,
    shortened: written.shortened,
    long: longEntries(plan.entries),
  });
  if (o.json) printJson(ctx.out, summary);
  else ctx.out(summaryText(summary, plan));
  if (overlaps) ctx.err(`tt: warning: ${overlaps} imported ${overlaps === 1 ? 'entry overlaps' : 'entries overlap'} time already tracked; \`tt log\` shows both\n`);
  if (summary.longEntries.length) ctx.err(`tt: warning: ${longEntriesWarning(summary.longEntries)}\n`);
  if (written.shortened) ctx.err(`tt: warning: ${written.shortened} long ${written.shortened === 1 ? 'note was' : 'notes were'} shortened to fit a record\n`);
}
