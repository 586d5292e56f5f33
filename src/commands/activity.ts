// tt activity [range] [--repo P] [--kind K] [--json]: the captured records, resolved with git.
import { basename, resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { resolveRange, rangeInstants, type RangeFlags } from '../core/ranges.ts';
import { formatClock, isoUtc, localDate } from '../core/time.ts';
import { visible } from '../core/visible.ts';
import { readActivity } from '../hooks/activity.ts';
import { repoHooks } from '../hooks/repo.ts';
import type { ActivityRecord } from '../core/activity-records.ts';
import { Store } from '../store/store.ts';
import { paint } from '../ui/color.ts';

export function activityJson(r: ActivityRecord): Record<string, unknown> {
  return {
    id: r.id,
    at: isoUtc(r.at),
    kind: r.kind,
    repo: r.repo,
    client: r.client ?? null,
    source: r.source,
    shell: r.shell ?? null,
    sha: r.sha ?? null,
    branch: r.branch ?? null,
    author: r.author ?? null,
    subject: r.subject ?? null,
    rewrittenFrom: r.rewrittenFrom ?? null,
  };
}

export interface ActivityOptions extends RangeFlags {
  repo?: string;
  kind?: ActivityRecord['kind'];
  json?: boolean;
}

export async function activity(ctx: Ctx, o: ActivityOptions): Promise<void> {
  const store = new Store(ctx);
  const tz = store.tz();
  const range = resolveRange(o, ctx.now(), tz, 'week')!;
  const read = await readActivity(store, rangeInstants(range, tz));
  const repo = o.repo ? ((await repoHooks(resolve(ctx.cwd, o.repo), ctx.env))?.top ?? resolve(ctx.cwd, o.repo)) : null;
  const shown = read.records.filter((r) => (!repo || r.repo === repo) && (!o.kind || r.kind === o.kind));
  for (const w of read.warnings) ctx.err(`tt: warning: ${w}\n`);
  if (o.json) {
    ctx.out(`${JSON.stringify({ from: range.from, to: range.to, tz, records: shown.map(activityJson), warnings: read.warnings }, null, 2)}\n`);
    return;
  }
  const c = await paint(ctx);
  const listed = o.kind ? shown : shown.filter((r) => r.kind !== 'heartbeat');
  if (!listed.length) {
    ctx.out(`No activity from ${range.from} to ${range.to}.${shown.length ? '' : ' (tt hooks install; eval "$(tt shell-init bash)")'}\n`);
    return;
  }
  let day = '';
  for (const r of listed) {
    const d = localDate(r.at, tz);
    if (d !== day) ctx.out(`${day ? '\n' : ''}${c.bold(d)}\n`);
    day = d;
    const what = visible([r.branch, r.sha?.slice(0, 7), r.subject].filter(Boolean).join('  '));
    const client = r.client ? c.cyan(r.client) : c.dim('no client');
    ctx.out(`  ${formatClock(r.at, tz)}  ${r.kind.padEnd(9)} ${visible(basename(r.repo)).padEnd(16)} ${client}${what ? `  ${what}` : ''}\n`);
  }
  const beats = shown.length - listed.length;
  if (beats) ctx.out(c.dim(`\n(${beats} heartbeat(s) not listed: --kind heartbeat shows them)\n`));
}
