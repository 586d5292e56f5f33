// Two invoices made at the same moment over the same time: exactly one bills it. Each process reads
// history before it takes the lock, so the check that no entry is on an invoice already is made again
// under the lock (invoice-create.ts); without it both would record an invoice and mark the entries.
import { expect, test } from 'vitest';
import { ok, ttAsync, ttEnv, ttJson } from '../helpers/cli.ts';

const PROCESSES = 6;
const ROUNDS = 3;

test('invoice create started six times at once: one invoice, each entry billed once', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const e = ttEnv({ now: '2026-12-02T10:00:00Z' });
    ok(e, ['client', 'add', 'acme', '--rate', '90']);
    for (let d = 2; d <= 6; d++) ok(e, ['add', 'acme', '--from', `2026-11-0${d}T09:00:00Z`, '--to', `2026-11-0${d}T11:00:00Z`]);
    ok(e, ['fold']);
    const runs = await Promise.all(Array.from({ length: PROCESSES }, () => ttAsync(e, ['invoice', 'create', '--client', 'acme', '--last-month'])));
    const made = runs.filter((r) => r.code === 0);
    expect(made, JSON.stringify(runs)).toHaveLength(1);
    for (const r of runs.filter((x) => x.code !== 0)) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/are on invoice 2026-A001 already|were put on another invoice while this one was being made; nothing was recorded/);
    }
    const { invoices } = ttJson<{ invoices: { id: string; number: string }[] }>(e, ['invoice', 'list']);
    expect(invoices.map((i) => i.number)).toEqual(['2026-A001']);
    const entries = ttJson<{ entries: { invoice: string | null }[] }>(e, ['log', '--last-month']).entries;
    expect(entries).toHaveLength(5);
    expect(new Set(entries.map((x) => x.invoice))).toEqual(new Set([invoices[0]!.id]));
  }
});
