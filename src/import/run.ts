// `tt import`: read a file from another tracker, plan what to add (skipping what an earlier import of
// it added), refuse what cannot be placed, and record the whole import as one journal line, or none
// of it. The plan is made again under the lock, where another import of the same file may have
// finished since history was read.
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { isValidZone } from '../core/time.ts';
import type { Ctx } from '../platform/context.ts';
import type { DateOrder } from '../invoices/rows.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { loadHistory } from '../store/load.ts';
import type { Store } from '../store/store.ts';
import { longEntries, outOfBoundsError } from './bounds.ts';
import { entryEvents } from './events.ts';
import { clientFrom, parseMap } from './options.ts';
import { originsOf, timeEventsNow } from './origins.ts';
import { countOverlaps } from './overlaps.ts';
import { planImport, type ImportPlan } from './plan.ts';
import { readText } from './read-file.ts';
import { readSource } from './read.ts';
import { checkUser, unmappedError } from './refuse.ts';
import { importSummary, type ImportSummary } from './summary.ts';
import type { ImportFormat } from './types.ts';

export interface ImportOptions {
  clientFrom?: string;
  map?: string[];
  skipUnmapped?: boolean;
  user?: string;
  tz?: string;
  dateOrder?: DateOrder;
  dryRun?: boolean;
}

export interface ImportResult {
  summary: ImportSummary;
  plan: ImportPlan;
  /** Warnings to show before the summary. */
  warnings: string[];
}

export async function importFile(ctx: Ctx, store: Store, format: ImportFormat, file: string, o: ImportOptions): Promise<ImportResult> {
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
  const warnings = plan.unusedMaps.map((key) => `--map ${key}=... matched no record to import`);

  const action = store.newId();
  let written = { events: [] as ReturnType<typeof entryEvents>['events'], shortened: 0 };
  if (!o.dryRun && plan.entries.length) {
    written = store.transaction((tx) => {
      // Again under the lock: another import of the same file may have finished since we read.
      plan = planImport(records, clients, mapping, originsOf(timeEventsNow(ctx, store.p)));
      const late = outOfBoundsError(plan.entries, ctx.now(), file);
      if (late) throw late;
      // The zone the file's wall times were read in is the zone they were captured in.
      const built = entryEvents(plan.entries, { ...store.stamp(action, 'import'), tz }, () => store.newId());
      // One journal write when the transaction commits: the whole import is written or none of it.
      tx.append(built.events);
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
  return { summary, plan, warnings };
}
