// tt start CLIENT[/PROJECT] [+tag...] [--at T] [--estimate D] [--long]: a switch when a timer already runs.
import type { Ctx } from '../platform/context.ts';
import { resolveTarget } from '../core/target.ts';
import { requireDuration } from '../core/duration.ts';
import { parseInstant } from '../core/instant.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { Store } from '../store/store.ts';
import { noteProjects } from '../store/projects-file.ts';
import { maybeFold } from '../store/maybe-fold.ts';
import { startTimer, type StartFields } from '../timers/start.ts';
import { printStarted } from '../timers/start-text.ts';

export interface StartOptions {
  at?: string;
  estimate?: string;
  note?: string;
  long?: boolean;
  json?: boolean;
}

export async function start(ctx: Ctx, client: string, tags: string[], o: StartOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const target = resolveTarget(readClientsLoose(ctx.fs, store.p.clients), client, tags);
  const at = o.at ? await parseInstant(o.at, { now: ctx.now(), tz, flag: '--at', zoneProblem: store.zoneProblem() }) : undefined;
  const fields: StartFields = { ...target };
  if (o.estimate) fields.estimateMin = requireDuration(o.estimate, '--estimate');
  if (o.note) fields.note = o.note;
  printStarted(ctx, tz, startTimer(store, fields, at, o.long), Boolean(o.json));
  if (target.project) noteProjects(ctx.fs, store.p, [[target.client, target.project]]);
  await maybeFold(store);
}
