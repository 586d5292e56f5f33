// tt start CLIENT[/PROJECT] [+tag...] [--at T] [--estimate D] [--long]: a switch when a timer already runs.
import type { Ctx } from '../platform/context.ts';
import { resolveTarget } from '../core/target.ts';
import { warnAboutTimer } from '../ui/timer-notes.ts';
import { requireDuration, formatHM } from '../core/duration.ts';
import { UsageError } from '../core/errors.ts';
import type { Entry, EntryEvent, TimeEvent } from '../core/events.ts';
import { parseInstant } from '../core/instant.ts';
import { requireLongStop } from '../core/timer-checks.ts';
import { formatClock } from '../core/time.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { Store, newId } from '../store/store.ts';
import { label } from '../ui/entry-text.ts';
import { entryJson, printJson } from '../ui/entry-json.ts';
import { maybeFold } from '../store/maybe-fold.ts';

export interface StartFields {
  client: string;
  project?: string;
  tags: string[];
  note?: string;
  estimateMin?: number;
}

/**
 * Starts a timer at `given` (--at) or now, stopping a running one at the same instant. Shared by
 * start and continue. Now is read under the lock: a command that waited for it must not start its
 * timer before the one started meanwhile.
 */
export function startTimer(store: Store, fields: StartFields, given: number | undefined, long?: boolean): { started: Entry; stopped: Entry | null } {
  return store.lock(() => {
    const at = given ?? store.ctx.now();
    const running = store.timer();
    if (running && at < running.start) {
      const when = `${given === undefined ? 'now' : '--at'} ${formatClock(at, store.tz())}`;
      throw new UsageError(
        `${when} is before the running timer started (${formatClock(running.start, store.tz())})`,
        'Stop it first with `tt stop --at ...`, or start later.',
      );
    }
    if (running) requireLongStop(running, at, long, store.tz(), 'start');
    const action = newId();
    const events: TimeEvent[] = [];
    const stamp = store.stamp(action);
    if (running) events.push({ ...stamp, id: newId(), kind: 'edit', entry: running.id, set: { end: new Date(at).toISOString() } });
    const entryId = newId();
    const ev: EntryEvent = { ...stamp, id: entryId, kind: 'entry', entry: entryId, start: new Date(at).toISOString(), end: null, ...fields };
    events.push(ev);
    store.append(events);
    const started: Entry = { id: entryId, start: at, end: null, tz: stamp.tz, source: 'cli', lastAction: action, ...fields };
    store.setTimer(started);
    return { started, stopped: running ? { ...running, end: at } : null };
  });
}

export function reportStart(ctx: Ctx, store: Store, r: { started: Entry; stopped: Entry | null }, json: boolean): void {
  const tz = store.tz();
  if (json) {
    printJson(ctx.out, { started: entryJson(r.started, ctx.now()), stopped: r.stopped ? entryJson(r.stopped, ctx.now()) : null });
  } else {
    if (r.stopped) ctx.out(`Stopped ${label(r.stopped)} after ${formatHM(r.stopped.end! - r.stopped.start)} (switch).\n`);
    const est = r.started.estimateMin ? `, estimate ${formatHM(r.started.estimateMin * 60_000)}` : '';
    ctx.out(`Started ${label(r.started)} at ${formatClock(r.started.start, tz)}${est}.\n`);
  }
  warnAboutTimer(ctx, r.started, tz);
}

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
  const r = startTimer(store, fields, at, o.long);
  reportStart(ctx, store, r, Boolean(o.json));
  await maybeFold(store);
}
