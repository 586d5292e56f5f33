// tt review [--week | --last-week | --since D --until D] [--print] [--json] [--accept-all --yes]:
// reconcile's untracked time as draft entries to accept, on an ink screen or as text.
import type { Ctx } from '../platform/context.ts';
import { processZone } from '../platform/process-zone.ts';
import { damagedExit } from '../store/load.ts';
import { warnOverlaps } from '../ui/overlap-note.ts';
import { resolveTarget } from '../core/target.ts';
import { UsageError } from '../core/errors.ts';
import { parseInstant } from '../core/instant.ts';
import { resolveRange, type RangeFlags } from '../core/ranges.ts';
import { readClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';
import { paint } from '../ui/color.ts';
import { printJson } from '../ui/entry-json.ts';
import { loadReviewInput } from '../review/adapter.ts';
import { buildDrafts } from '../review/drafts.ts';
import { reviewJson } from '../review/json.ts';
import { saveAccepted, savedEntries, type Saved } from '../review/save.ts';
import { addedSummary, renderDraftText } from '../review/text.ts';

export interface ReviewOptions extends Omit<RangeFlags, 'today' | 'month' | 'lastMonth'> {
  print?: boolean;
  json?: boolean;
  acceptAll?: boolean;
  yes?: boolean;
}

export async function review(ctx: Ctx, o: ReviewOptions): Promise<number> {
  const store = new Store(ctx);
  const tz = store.tz();
  const now = ctx.now();
  if (o.yes && !o.acceptAll) throw new UsageError('--yes goes with --accept-all', 'Add every draft with `tt review --accept-all --yes`.');
  if (o.acceptAll && !o.yes) throw new UsageError('--accept-all adds every draft without asking: confirm it with --yes', 'See the drafts first with `tt review --print`.');
  if (o.until && !o.since) throw new UsageError('--until needs --since here', 'Give the first day too, like --since 2026-11-01 --until 2026-11-15.');
  const range = resolveRange(o, now, tz, 'week')!;
  const { input, history } = await loadReviewInput(ctx, store, range);
  const set = buildDrafts(input);

  const saved: Saved[] = [];
  if (o.acceptAll) {
    // A contested draft keeps the client attribution gave it (the later-starting claim).
    saved.push(saveAccepted(store, set.drafts));
    if (o.json) printJson(ctx.out, reviewJson(input, set, saved[0]!));
    else ctx.out(addedSummary(set.drafts, tz));
  } else if (o.json) printJson(ctx.out, reviewJson(input, set, null));
  // With no draft there is nothing to decide: the text says so and lists settled conflicts.
  else if (o.print || !set.drafts.length || !ctx.isTTY || !process.stdin.isTTY) ctx.out(renderDraftText(input, set, await paint(ctx)));
  else {
    const clients = readClients(ctx.fs, store.p.clients);
    const { runScreen } = await import('../ui/review/run.tsx');
    await runScreen({
      from: input.from,
      to: input.to,
      tz,
      set,
      clients: clients.map((c) => c.name),
      parseTime: (text, day, label) => parseInstant(text, { now, tz, flag: label, day, zoneProblem: store.zoneProblem() }),
      resolveTarget: (text) => {
        const t = resolveTarget(clients, text);
        return t.project ? { client: t.client, project: t.project } : { client: t.client };
      },
      save: (drafts) => {
        saved.push(saveAccepted(store, drafts));
        return addedSummary(drafts, tz);
      },
    }, processZone(ctx.env));
  }
  // Edited drafts can overlap tracked time or each other: warn as `tt add` does.
  const added = saved.flatMap((x) => savedEntries(x, tz));
  for (const entry of added) warnOverlaps(ctx, [...history.entries, ...added], entry, tz);
  // A damaged shard was reported above; a review that saved entries still exits 0, or running it
  // again would look like the thing to do.
  return added.length ? 0 : damagedExit(history);
}
