// tt add CLIENT[/PROJECT] [+tag...] --from T --to T [--note N] [--long]
import type { Ctx } from '../platform/context.ts';
import { warnOverlaps } from '../ui/overlap-note.ts';
import { resolveTarget } from '../core/target.ts';
import { warnAboutTimer } from '../ui/timer-notes.ts';
import { formatHM } from '../core/duration.ts';
import { parseInstant } from '../core/instant.ts';
import { formatSpan, localDate } from '../core/time.ts';
import { addEntry } from '../entries/add.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { settle } from '../store/load.ts';
import { Store } from '../store/store.ts';
import { noteProjects } from '../store/projects-file.ts';
import { label } from '../ui/entry-text.ts';
import { entryJson, printJson } from '../ui/entry-json.ts';

export interface AddOptions {
  from: string;
  to: string;
  note?: string;
  long?: boolean;
  json?: boolean;
}

export async function add(ctx: Ctx, client: string, tags: string[], o: AddOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const target = resolveTarget(readClientsLoose(ctx.fs, store.p.clients), client, tags);
  const now = ctx.now();
  const zoneProblem = store.zoneProblem();
  const start = await parseInstant(o.from, { now, tz, flag: '--from', zoneProblem });
  const end = await parseInstant(o.to, { now, tz, flag: '--to', zoneProblem });
  const { entry, tracked, timer } = await addEntry(ctx, store, { ...target, note: o.note }, start, end, o.long);
  if (o.json) printJson(ctx.out, entryJson(entry, now));
  else ctx.out(`Added ${label(entry)} ${formatSpan(start, end, now, tz)} (${formatHM(end - start)}), id ${entry.id.slice(-6)}.\n`);
  warnOverlaps(ctx, tracked, entry, tz);
  if (entry.project) noteProjects(ctx.fs, store.p, [[entry.client, entry.project]]);
  warnAboutTimer(ctx, timer, tz);
  await settle(ctx, store, { from: localDate(start, tz), to: localDate(end, tz) });
}
