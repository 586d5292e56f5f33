// A store an older tt wrote (each time record in the shard of the month it was recorded: a 34-year
// import in one shard, an edit of March's work in November's) is moved once to the shard of the month
// of the work (src/store/migrate-layout.ts): by the first fold, all or nothing, and a move killed at
// any write loses nothing, shows nothing twice, and is finished by the next fold. `tt doctor` says
// when records are out of place and `--repair` moves them.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import type { TimeEvent } from '../../src/core/events.ts';
import { makeFs } from '../../src/platform/fs.ts';
import { migrateLayout } from '../../src/store/migrate-layout.ts';
import { paths } from '../../src/store/paths.ts';
import { encodeShard } from '../../src/store/shard.ts';
import { validateTime } from '../../src/store/validators.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';

const LOG = ['log', '--since', '2019-01-01', '--until', '2026-12-31', '--json'];

async function tt(ctx: TestCtx, ...args: string[]): Promise<string> {
  ctx.stdout.length = 0;
  ctx.stderr.length = 0;
  const code = await main(args, ctx);
  expect(code, `tt ${args.join(' ')}: ${ctx.stderr.join('')}`).toBe(0);
  return ctx.stdout.join('');
}

/** A store with old work, edited, rewritten as an older tt cut it: by the month each record was made. */
async function oldStore(): Promise<{ ctx: TestCtx; home: string; device: string; shards: () => Map<string, TimeEvent[]> }> {
  const ctx = testCtx({ now: '2026-11-20T12:00:00Z' });
  const home = ctx.env.TT_HOME!;
  await tt(ctx, 'client', 'add', 'acme');
  await tt(ctx, 'client', 'add', 'globex');
  await tt(ctx, 'add', 'acme', '--from', '2019-03-02T09:00:00Z', '--to', '2019-03-02T11:00:00Z', '--note', 'old');
  await tt(ctx, 'add', 'globex', '--from', '2026-03-02T09:00:00Z', '--to', '2026-03-02T10:00:00Z');
  await tt(ctx, 'add', 'acme', '--from', '2026-11-18T09:00:00Z', '--to', '2026-11-18T10:00:00Z');
  await tt(ctx, 'edit', '@3', '--note', 'edited in November');
  await tt(ctx, 'fold');
  const device = readFileSync(join(home, 'device'), 'utf8').trim();
  const dir = join(home, 'events', device);
  const shards = (): Map<string, TimeEvent[]> => {
    const out = new Map<string, TimeEvent[]>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) out.set(f, (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { events: TimeEvent[] }).events);
    return out;
  };
  const all = [...shards().values()].flat();
  for (const f of readdirSync(dir)) rmSync(join(dir, f));
  const byRecorded = new Map<string, TimeEvent[]>();
  for (const e of all) byRecorded.set(e.at.slice(0, 7), [...(byRecorded.get(e.at.slice(0, 7)) ?? []), e]);
  for (const [m, list] of byRecorded) writeFileSync(join(dir, `${m}.json`), encodeShard({ version: 1, events: list.sort((a, b) => (a.id < b.id ? -1 : 1)) as never }));
  rmSync(join(home, 'state'), { recursive: true, force: true });
  return { ctx, home, device, shards };
}

describe('moving an older store to the month of the work', () => {
  it('moves every record once, on the first fold, and answers as before', async () => {
    const { ctx, home, shards } = await oldStore();
    expect([...shards().keys()]).toEqual(['2026-11.json']); // all recorded this month
    const before = await tt(ctx, ...LOG);
    expect((JSON.parse(before) as { entries: unknown[] }).entries).toHaveLength(3);
    await tt(ctx, 'fold');
    const after = shards();
    expect([...after.keys()]).toEqual(['2019-03.json', '2026-03.json', '2026-11.json']);
    expect(after.get('2019-03.json')!.map((e) => e.kind)).toEqual(['entry', 'edit']); // the edit went with its entry
    expect((JSON.parse(before) as { entries: { note: string; start: string }[] }).entries.find((e) => e.note === 'edited in November')?.start).toBe('2019-03-02T09:00:00Z');
    expect(existsSync(join(home, 'state', 'layout.json'))).toBe(true);
    expect(await tt(ctx, ...LOG)).toBe(before);
    const doctor = JSON.parse(await tt(ctx, 'doctor', '--json')) as { checks: { name: string; findings: unknown[] }[] };
    expect(doctor.checks.find((c) => c.name === 'layout')!.findings).toEqual([]);
  });

  it('loses nothing and changes nothing when killed at any write, and a later run finishes it', async () => {
    const { home, device, shards } = await oldStore();
    const records = (): Set<string> => new Set([...shards().values()].flat().map((e) => JSON.stringify(e)));
    const before = records();
    expect(before.size).toBe(4); // three entries, one edit
    const p = paths(home);
    const ctx = testCtx({ now: '2026-11-20T12:00:00Z' });
    let finished = false;
    let killed = 0;
    for (let n = 0; !finished; n++) {
      // Every write, rename and unlink up to the n-th succeeds; then the disk fails, as at a crash.
      const failing = { ...ctx, fs: makeFs({ TT_FAULT: 'EIO', TT_FAULT_AFTER: String(n), TT_FAULT_OPS: 'open,write,rename,unlink' }) };
      try {
        migrateLayout(failing, p, { validateTime, device });
        finished = true;
      } catch {
        killed++; // killed here
      }
      // Every record in some shard, as it was (a copy in two shards is one record: readers take ids once).
      expect(records(), `killed after ${n} writes`).toEqual(before);
      expect(existsSync(p.layout)).toBe(finished);
      expect(n).toBeLessThan(100);
    }
    expect(killed).toBeGreaterThan(3); // killed while adding to new shards and while taking out of old ones
    expect([...shards().values()].flat()).toHaveLength(4); // each record once
    expect([...shards().keys()]).toEqual(['2019-03.json', '2026-03.json', '2026-11.json']);
  });

  it('is reported by tt doctor until --repair moves the records', async () => {
    const { ctx, home, device, shards } = await oldStore();
    await tt(ctx, 'fold'); // moved; then one record put back where an older tt would have it
    const dir = join(home, 'events', device);
    const old = shards().get('2019-03.json')!;
    writeFileSync(join(dir, '2019-03.json'), encodeShard({ version: 1, events: old.slice(0, 1) as never }));
    const nov = [...shards().get('2026-11.json')!, old[1]!].sort((a, b) => (a.id < b.id ? -1 : 1));
    writeFileSync(join(dir, '2026-11.json'), encodeShard({ version: 1, events: nov as never }));
    const before = await tt(ctx, ...LOG);
    ctx.stdout.length = 0;
    expect(await main(['doctor', '--json'], ctx)).toBe(0); // a notice: nothing is wrong, only slower
    const report = JSON.parse(ctx.stdout.join('')) as { checks: { name: string; findings: { problem: string; severity: string }[] }[] };
    const found = report.checks.find((c) => c.name === 'layout')!.findings;
    expect(found).toEqual([expect.objectContaining({ severity: 'notice', problem: expect.stringContaining('1 record(s)') })]);
    await tt(ctx, 'doctor', '--repair');
    expect([...shards().keys()]).toEqual(['2019-03.json', '2026-03.json', '2026-11.json']);
    expect(await tt(ctx, ...LOG)).toBe(before);
  });
});
