// docs/interface.md shows the --json documents of the main commands from the zod schemas in
// src/interface/json-shapes.ts. Here the real commands run in-process on the demo world (two
// clients, real git repos, a calendar, an invoice that misses a day) and every document they print
// must match its schema strictly: a field tt prints that the page does not list, or one the page
// lists that tt does not print, fails. The arrays checked for content are non-empty, so the shapes
// of their items are held to the output too, not only the top level.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
// @ts-expect-error: a plain .mjs script shared with `npm run demo`
import { buildWorld } from '../../scripts/demo-world.mjs';
import { main } from '../../src/cli.ts';
import { auditShape, calendarEventsShape, clientListShape, configListShape, entryShape, estimatesShape, invoiceListShape, logShape, reconcileShape, reportShape, reviewShape, startShape, statusShape } from '../../src/interface/json-shapes.ts';
import { testCtx } from '../helpers/ctx.ts';
import { tempDir } from '../helpers/tmp.ts';

let env: Record<string, string>;
let now: string;

beforeAll(() => {
  const root = tempDir('tt-shapes-');
  const built = buildWorld(root) as { env: Record<string, string>; world: { now: string } };
  env = { TT_HOME: built.env.TT_HOME!, HOME: root, TZ: built.env.TZ! };
  now = built.world.now;
  mkdirSync(join(root, 'out'));
}, 120_000);

/** Runs `tt ARGS --json` in-process and returns the document, after checking the exit code. */
async function doc(args: string[], code = 0): Promise<unknown> {
  const ctx = testCtx({ now, env });
  const exit = await main([...args, '--json'], ctx);
  expect(exit, `tt ${args.join(' ')}: ${ctx.stderr.join('')}`).toBe(code);
  return JSON.parse(ctx.stdout.join('')) as unknown;
}

/** The document matches the shape strictly; the names of the fields that do not are the message. */
function holds<T>(shape: z.ZodType<T>, value: unknown): T {
  const r = shape.safeParse(value);
  expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  return r.data as T;
}

const WEEK = ['--since', '2026-11-02', '--until', '2026-11-08'];

describe('the --json documents match the shapes docs/interface.md shows', () => {
  it('tt log', async () => {
    const d = holds(logShape, await doc(['log', ...WEEK]));
    expect(d.entries.length).toBeGreaterThan(0);
  });

  it('tt report, by client, project, day and tag, rounded', async () => {
    for (const by of ['client', 'project', 'day', 'tag']) {
      const d = holds(reportShape, await doc(['report', ...WEEK, '--by', by, '--rounded']));
      expect(d.groups.length, by).toBeGreaterThan(0);
      expect(d.totals.money.length).toBeGreaterThan(0);
    }
  });

  it('tt reconcile', async () => {
    const d = holds(reconcileShape, await doc(['reconcile', ...WEEK]));
    expect(d.gaps.flatMap((g) => g.sources.map((s) => s.kind)).sort()).toEqual(expect.arrayContaining(['commit', 'meeting']));
    expect(d.conflicts.length).toBeGreaterThan(0);
  });

  it('tt audit, flagged (exit 1)', async () => {
    const d = holds(auditShape, await doc(['audit'], 1));
    expect(d.clients[0]!.untracked.length).toBeGreaterThan(0);
    expect(d.gaps.length).toBeGreaterThan(0);
  });

  it('tt review, the draft and then what --accept-all --yes added', async () => {
    const draft = holds(reviewShape, await doc(['review', ...WEEK]));
    expect(draft.drafts.length).toBeGreaterThan(0);
    const added = holds(reviewShape, await doc(['review', '--since', '2026-11-06', '--until', '2026-11-06', '--accept-all', '--yes']));
    expect(added.added.length).toBeGreaterThan(0);
  });

  it('tt invoice list, with a payment and a voided invoice', async () => {
    await doc(['invoice', 'paid', '2026-A001', '--on', '2026-11-10', '--amount', '100']);
    await doc(['invoice', 'create', '--client', 'globex', '--period', '2026-11-02..2026-11-08']);
    await doc(['invoice', 'void', '2026-A002']);
    const d = holds(invoiceListShape, await doc(['invoice', 'list']));
    expect(d.invoices.map((i) => i.payments.length + (i.voided ? 1 : 0))).toEqual(expect.arrayContaining([1]));
  });

  it('tt status, idle and with a running timer; tt start, a switch, tt stop; tt report --estimates', async () => {
    expect(holds(statusShape, await doc(['status'])).running).toBe(false);
    expect(holds(startShape, await doc(['start', 'acme', '--at', '09:00'])).stopped).toBeNull();
    expect(holds(startShape, await doc(['start', 'globex/api', '+ops', '--at', '09:30', '--estimate', '15m', '--note', 'deploy'])).stopped?.client).toBe('acme');
    const d = holds(statusShape, await doc(['status']));
    expect(d.entry?.client).toBe('globex');
    expect(d.warnings.length).toBeGreaterThan(0);
    expect(holds(entryShape, await doc(['stop'])).running).toBe(false);
    const e = holds(estimatesShape, await doc(['report', '--estimates']));
    expect(e.entries.length).toBeGreaterThan(0);
  });

  it('tt calendar events and untagged, with --all; tt client list; tt config list', async () => {
    const all = holds(calendarEventsShape, await doc(['calendar', 'events', ...WEEK, '--all']));
    expect(all.length).toBeGreaterThan(0);
    holds(calendarEventsShape, await doc(['calendar', 'events', ...WEEK]));
    holds(calendarEventsShape, await doc(['calendar', 'untagged', ...WEEK]));
    await doc(['client', 'set', 'acme', '--currency', 'EUR', '--from', '2026-12-01', '--round', '15m', '--tax', '19%', '--alias', 'ACME Corp', '--city', 'Berlin']);
    const clients = holds(clientListShape, await doc(['client', 'list']));
    expect(clients.clients.find((c) => c.name === 'acme')?.currencies.length).toBe(1);
    expect(holds(configListShape, await doc(['config', 'list'])).length).toBeGreaterThan(10);
  });
});
