// Reconcile a day range from the store: the one sequence `tt reconcile`, `tt audit` and `tt review`
// share (settings from config, history, evidence from every source, the rules).
import type { Ctx } from '../platform/context.ts';
import { loadEntries } from '../store/load.ts';
import type { Client } from '../core/client.ts';
import { rangeInstants, type DayRange } from '../core/ranges.ts';
import type { Store, Tracked } from '../store/store.ts';
import { collectEvidence, readWindow, startRepos } from './evidence.ts';
import { progress } from './progress.ts';
import { reconcile, type Result, type Settings } from './reconcile.ts';

export interface RunOptions {
  range: DayRange;
  clients: Client[];
  client?: string | null;
  repoArgs?: string[];
}

export function settingsFrom(store: Store): Settings {
  const cfg = store.config();
  const minutes = (key: string): number => Number(cfg[key]) * 60_000;
  return { gapMs: minutes('session.gap'), leadInMs: minutes('session.leadIn'), idleMs: minutes('idle') };
}

export async function reconcileRange(ctx: Ctx, store: Store, o: RunOptions): Promise<{ result: Result; history: Tracked }> {
  const tz = store.tz();
  const settings = settingsFrom(store);
  const cfg = store.config();
  const meEmails = Array.isArray(cfg['me.emails']) ? cfg['me.emails'] : [];
  const window = rangeInstants(o.range, tz);
  const shown = progress(ctx);
  // git starts on the repos first and works while history and calendars are read.
  const logs = await startRepos(ctx, o.clients, o.repoArgs ?? [], readWindow(window, settings));
  let collected;
  let history: Tracked;
  try {
    history = await loadEntries(ctx, store, { remember: true, range: o.range });
    collected = await collectEvidence(ctx, store, { window, settings, meEmails, clients: o.clients, entries: history.entries, progress: shown }, logs);
  } catch (err) {
    logs.discard();
    throw err;
  } finally {
    shown.done();
  }
  for (const w of collected.warnings) ctx.err(`tt: warning: ${w}\n`);
  const result = reconcile(collected.evidence, { range: o.range, tz, now: ctx.now(), settings, client: o.client ?? null });
  return { result, history };
}
