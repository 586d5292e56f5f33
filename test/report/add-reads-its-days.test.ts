// `tt add` reads history only for its overlap warnings, so it reads the cache segments of the days it
// covers (and the running timer's), not every month: at 150,000 entries it read them all (0.42 s
// against 0.16 s on an empty store). The warnings are still those of a full read. And it settles what
// it wrote: the entry folded into its month's shard and the history cache current, so the command
// after it (`tt log` right after) neither folds nor updates the cache.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.ts';
import type { TimeEvent } from '../../src/core/events.ts';
import { cachedEntries } from '../../src/store/history-cache.ts';
import { encodeShard } from '../../src/store/shard.ts';
import { validateTime } from '../../src/store/validators.ts';
import { countingFs } from '../helpers/counting-fs.ts';
import { testCtx } from '../helpers/ctx.ts';

const HOUR = 3_600_000;
let n = 0;

function entry(start: string, hours: number | null, client: string): TimeEvent {
  const s = Date.parse(start);
  const id = `01J${String(n++).padStart(23, '0')}`;
  return { id, v: 1, device: 'dev1', at: new Date(s).toISOString(), tz: 'UTC', source: 'cli', action: id, kind: 'entry', entry: id, start: new Date(s).toISOString(), end: hours === null ? null : new Date(s + hours * HOUR).toISOString(), client, tags: [] };
}


/** A store of 36 months of one entry each, a timer running since August, a cache built by a read. */
async function longHistory(): Promise<{ ctx: ReturnType<typeof testCtx>; home: string; segments: string[] }> {
  const { fs, segments } = countingFs();
  const ctx = testCtx({ now: '2026-11-27T10:00:00Z', tz: 'UTC', fs });
  const home = ctx.env.TT_HOME!;
  const events = [
    ...Array.from({ length: 36 }, (_, i) => entry(`${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-10T09:00:00Z`, 2, 'hooli')),
    entry('2026-08-03T09:00:00Z', null, 'initech'), // running since August
    entry('2026-11-24T09:00:00Z', 2, 'globex'),
  ];
  const byMonth = new Map<string, TimeEvent[]>();
  for (const e of events) {
    const m = (e as { start: string }).start.slice(0, 7);
    byMonth.set(m, [...(byMonth.get(m) ?? []), e]);
  }
  mkdirSync(join(home, 'events', 'dev1'), { recursive: true });
  for (const [m, list] of byMonth) writeFileSync(join(home, 'events', 'dev1', `${m}.json`), encodeShard({ version: 1, events: list as never }));
  writeFileSync(join(home, 'device'), 'dev1\n');
  writeFileSync(join(home, 'clients.json'), JSON.stringify({ version: 1, clients: [{ name: 'acme', aliases: [], rates: [], repos: [], domains: [] }] }));
  const { log } = await import('../../src/commands/log.ts');
  await log(ctx, { since: '2020-01-01' });
  segments.length = 0;
  return { ctx, home, segments };
}

describe('tt add on a long history', () => {
  it('settles what it wrote: the entry in its month shard, the journal empty, the cache current', async () => {
    const { ctx, home } = await longHistory();
    await add(ctx, 'acme', [], { from: '2026-11-25T10:00:00Z', to: '2026-11-25T11:00:00Z' });
    expect(readFileSync(join(home, 'events', 'dev1', '2026-11.json'), 'utf8')).toContain('"client":"acme"');
    expect(statSync(join(home, 'journal.ndjson'), { throwIfNoEntry: false })?.size ?? 0).toBe(0);
    const next = await cachedEntries({ fs: ctx.fs, eventsDir: join(home, 'events'), cachePath: join(home, 'state', 'history.cache'), segmentsDir: join(home, 'state', 'history'), clock: () => Date.now(), validate: async () => validateTime, remember: true, racyMs: 0 });
    expect(next.how).toBe('hit');
    expect(next.entries.filter((e) => e.client === 'acme').map((e) => new Date(e.start).toISOString())).toEqual(['2026-11-25T10:00:00.000Z']);
  });

  it('after an upgrade reads history once: the cache a full read must rebuild is left to the next read', async () => {
    const { ctx, home } = await longHistory();
    const cache = join(home, 'state', 'history.cache');
    writeFileSync(cache, serialize({ ...(deserialize(readFileSync(cache)) as object), build: 'an older tt' }));
    const reads: string[] = [];
    const fs = new Proxy(ctx.fs, {
      get(target, key) {
        const v = Reflect.get(target, key) as unknown;
        if (key !== 'readFileSync' || typeof v !== 'function') return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        return (p: string, ...rest: unknown[]) => {
          if (/[\\/]events[\\/]dev1[\\/]2023-0\d\.json$/.test(p)) reads.push(p);
          return (v as (...a: unknown[]) => unknown).call(target, p, ...rest);
        };
      },
    });
    await add({ ...ctx, fs }, 'acme', [], { from: '2026-11-25T10:00:00Z', to: '2026-11-25T11:00:00Z' });
    expect(reads.length).toBe(9); // 2023-01 .. 2023-09, each once
    expect((deserialize(readFileSync(cache)) as { build: string }).build).toBe('an older tt');
    const { log } = await import('../../src/commands/log.ts');
    ctx.stdout.length = 0;
    await log(ctx, { since: '2026-11-25', until: '2026-11-25' });
    expect(ctx.stdout.join('')).toMatch(/acme/);
  });

  it('reads the segments of its own days and the running timer, and warns about the overlaps a full read finds', async () => {
    const { ctx, segments } = await longHistory();

    await add(ctx, 'acme', [], { from: '2026-11-24T10:00:00Z', to: '2026-11-24T12:00:00Z' });
    expect(ctx.stdout.join('')).toMatch(/^Added acme 2026-11-24 10:00–12:00/m);
    const warnings = ctx.stderr.join('');
    expect(warnings).toMatch(/overlaps globex 2026-11-24 09:00–11:00/);
    expect(warnings).toMatch(/overlaps initech 2026-08-03 09:00–now/);
    expect(new Set(segments)).toEqual(new Set(['2026-08', '2026-11']));
  });
});
