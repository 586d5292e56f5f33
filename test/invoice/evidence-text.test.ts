// Evidence text never reaches a client document: an entry `tt review` saved with its evidence as
// the note (as tt did before the internal note existed, in a shard on disk) bills as its project,
// keeps the evidence as an internal note that `tt log` still shows, and the shard is never rewritten;
// lines without a note are described by their project, or "Development".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EntryEvent } from '../../src/core/events.ts';
import type { Invoice } from '../../src/invoices/model.ts';
import { encodeShard } from '../../src/store/shard.ts';
import { world } from './run.ts';

const base = { v: 1 as const, device: 'olddevice01', tz: 'Europe/Berlin', tags: [] as string[], client: 'acme', kind: 'entry' as const };

function stored(id: string, start: string, end: string, extra: Partial<EntryEvent>): EntryEvent {
  return { ...base, id, at: end, source: 'cli', action: id, entry: id, start, end, ...extra };
}

describe('line descriptions', () => {
  test('review evidence stays internal; notes and projects describe the lines', async () => {
    const tt = await world('2026-12-02T10:00:00Z');
    await tt.ok('client', 'add', 'acme', '--rate', '100', '--currency', 'EUR');
    const shard = join(tt.ctx.env.TT_HOME!, 'events', 'olddevice01', '2026-11.json');
    mkdirSync(join(shard, '..'), { recursive: true });
    const text = encodeShard({
      version: 1,
      events: [
        stored('01KA0000000000000000000001', '2026-11-03T08:00:00.000Z', '2026-11-03T11:00:00.000Z', { source: 'review', project: 'acme-web', note: "review: meeting 'Acme daily standup'" }),
        stored('01KA0000000000000000000002', '2026-11-04T08:00:00.000Z', '2026-11-04T09:00:00.000Z', { source: 'review', note: 'review: 1 commit in acme-web: paging fix' }),
        stored('01KA0000000000000000000003', '2026-11-05T08:00:00.000Z', '2026-11-05T09:00:00.000Z', { project: 'api', note: 'Checkout flow' }),
        stored('01KA0000000000000000000004', '2026-11-05T10:00:00.000Z', '2026-11-05T11:00:00.000Z', { project: 'docs', tags: ['internal-only'] }),
      ],
    } as never);
    writeFileSync(shard, text);
    // Entries of another device: this one needs an invoice series of its own (numbers never collide).
    await tt.ok('device', 'series', 'A');

    const inv = JSON.parse((await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-02..2026-11-08', '--json')).stdout) as Invoice;
    expect(inv.lines.map((l) => [l.date, l.project, l.description])).toEqual([
      ['2026-11-03', 'acme-web', 'acme-web'],
      ['2026-11-04', null, 'Development'],
      ['2026-11-05', 'api', 'Checkout flow'],
      ['2026-11-05', 'docs', 'docs'],
    ]);
    for (const format of ['md', 'html', 'csv']) {
      const doc = (await tt.ok('invoice', 'show', inv.number, '--format', format)).stdout;
      expect(doc).not.toMatch(/review:|standup|paging fix|internal-only/);
    }
    // The user still sees where the time came from; the stored record is as it was written.
    const log = JSON.parse((await tt.ok('log', '--since', '2026-11-02', '--until', '2026-11-08', '--json')).stdout) as { entries: { note: string | null; internalNote: string | null }[] };
    expect(log.entries.map((e) => [e.note, e.internalNote])).toEqual([
      [null, "review: meeting 'Acme daily standup'"],
      [null, 'review: 1 commit in acme-web: paging fix'],
      ['Checkout flow', null],
      [null, null],
    ]);
    expect((await tt.ok('log', '--since', '2026-11-03', '--until', '2026-11-03')).stdout).toContain("review: meeting 'Acme daily standup'");
    expect(readFileSync(shard, 'utf8')).toBe(text);
  });
});
