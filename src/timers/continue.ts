// `tt continue`: a new timer like an earlier entry: by default the one that stopped last (the latest
// end, not the latest start: an entry added afterwards for the morning is not "the last one"); with
// a client (or client/project) the last stopped entry of that client; `@N` or an id names one.
import { closest } from '../core/client.ts';
import type { Entry } from '../core/events.ts';
import { UsageError } from '../core/errors.ts';
import { resolveRef } from '../core/ids.ts';
import type { Ctx } from '../platform/context.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { loadEntries } from '../store/load.ts';
import type { Store } from '../store/store.ts';
import { startTimer, type Started } from './start.ts';

type Stopped = Entry & { end: number };

/** The entry stopped last among `entries`: latest end, then latest start. */
function lastStopped(entries: readonly Entry[]): Stopped | undefined {
  const done = entries.filter((e): e is Stopped => e.end !== null);
  return done.sort((a, b) => b.end - a.end || b.start - a.start || (a.id < b.id ? 1 : -1))[0];
}

/** The entry `arg` names: a client or client/project (its last stopped entry), `@N`, or an id. */
function chosen(store: Store, entries: readonly Entry[], arg: string | undefined): Entry {
  if (arg === undefined) {
    const last = lastStopped(entries);
    if (!last) throw new UsageError('no entry has stopped yet, so there is nothing to continue', '`tt status` shows the running timer.');
    return last;
  }
  if (arg.startsWith('@')) return resolveRef(arg, entries);
  const [name = '', project] = arg.split('/');
  const clients = readClientsLoose(store.ctx.fs, store.p.clients);
  const n = name.toLowerCase();
  const client = clients.find((c) => c.name.toLowerCase() === n || c.aliases.some((a) => a.toLowerCase() === n));
  if (client) {
    const last = lastStopped(entries.filter((e) => e.client === client.name && (project === undefined || e.project === project)));
    if (!last) throw new UsageError(`${arg} has no stopped entry to continue`, `Start a timer with \`tt start ${arg}\`.`);
    return last;
  }
  try {
    return resolveRef(arg, entries);
  } catch (err) {
    if (!(err instanceof UsageError) || !/^no entry has the id|too short/.test(err.message)) throw err;
    const guess = closest(name, clients.flatMap((c) => [c.name, ...c.aliases]));
    throw new UsageError(
      `"${arg}" is neither a client nor an entry id`,
      guess ? `Did you mean \`tt continue ${guess}\`? \`tt log\` lists entries with their ids.` : 'Give a client (`tt continue CLIENT`), @2, or an id from `tt log`.',
    );
  }
}

/**
 * Starts a timer with the client, project, tags and note of the entry `arg` names. Not its estimate:
 * that was for the work then, and copied it made the new timer warn at once.
 */
export async function continueTimer(ctx: Ctx, store: Store, arg: string | undefined, given: number | undefined, long?: boolean): Promise<Started> {
  const h = await loadEntries(ctx, store, { remember: false });
  if (!h.entries.length) throw new UsageError('there is nothing to continue yet', 'Start a timer with `tt start CLIENT`.');
  const from = chosen(store, h.entries, arg?.trim());
  if (from.end === null) throw new UsageError(`${from.client} is already running`, '`tt status` shows it.');
  return startTimer(store, { client: from.client, project: from.project, tags: from.tags, note: from.note }, given, long);
}
