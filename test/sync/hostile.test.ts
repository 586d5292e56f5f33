// A remote can never delete or rewrite what a device holds (issue 16, items 1 and 2). A hostile clone
// of the remote pushes deletions, rewritten and forged records, links, files that are not tt's, and
// force-pushes; `tt sync` refuses each (exit 3), changes nothing here, leaves the remote as it is and
// names the fix; `tt sync --restore` puts back what the remote lost. A remote that only adds, or a
// device that rewrites its own file to the same records, is taken.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { bareRemote, device, git, hostileClone, ids, pushAll, remoteHead, type Device } from './world.ts';

interface World {
  a: Device;
  b: Device;
  remote: string;
  aId: string;
  bId: string;
}

/** A issued an invoice and marked it sent; both devices tracked time; both synced. */
async function world(): Promise<World> {
  const remote = bareRemote();
  const a = device();
  const b = device();
  await a.ok(['client', 'add', 'acme', '--rate', '90']);
  await a.ok(['add', 'acme', '--from', '2026-11-24T09:00:00Z', '--to', '2026-11-24T10:00:00Z']);
  await a.ok(['add', 'acme', '--from', '2026-11-25T09:00:00Z', '--to', '2026-11-25T10:00:00Z']);
  await a.ok(['invoice', 'create', '--client', 'acme', '--period', '2026-11-24..2026-11-24']);
  await a.ok(['invoice', 'sent', '2026-A001']);
  await a.ok(['sync', 'init', remote, '--device', 'laptop']);
  await b.ok(['sync', 'init', remote, '--device', 'desktop']);
  await b.ok(['add', 'acme', '--from', '2026-11-26T13:00:00Z', '--to', '2026-11-26T14:00:00Z']);
  await b.ok(['sync']);
  await a.ok(['sync']);
  const id = (d: Device): string => readFileSync(join(d.home, 'device'), 'utf8').trim();
  return { a, b, remote, aId: id(a), bId: id(b) };
}

/** Every file below `dir` with its text (the .git folder left out). */
function files(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    // The history cache is derived and local: a read re-stamps it once a shard is out of its racy
    // window (src/store/history-cache.ts), whatever the sync did.
    if (path === '.git' || path === 'lock' || path === 'state/history.cache' || path === 'state/history') continue;
    if (e.isDirectory()) Object.assign(out, files(dir, path));
    else out[path] = readFileSync(join(dir, path), 'utf8');
  }
  return out;
}

/** What the user sees of a data folder, and every file in it, to show a refusal changed nothing. */
async function snapshot(d: Device): Promise<unknown> {
  return { log: await ids(d), invoices: await d.json<unknown>(['invoice', 'list']), files: files(d.home) };
}

async function refused(w: World, d: Device, what: RegExp): Promise<string> {
  const before = await snapshot(d);
  const head = remoteHead(w.remote);
  const r = await d.run(['sync']);
  expect(r.stderr).toMatch(/^tt: /);
  expect(r.stderr).toMatch(what);
  expect(r.stderr).toContain('tt sync --restore');
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.code).toBe(3);
  expect(await snapshot(d)).toEqual(before);
  expect(remoteHead(w.remote)).toBe(head);
  expect((await d.json<{ ok: boolean }>(['doctor'])).ok).toBe(true);
  return r.stderr;
}

/** After `--restore`, the remote holds everything again and the other device converges. */
async function restored(w: World, d: Device, other: Device): Promise<void> {
  const held = await ids(d);
  await d.ok(['sync', '--restore']);
  await other.ok(['sync']);
  await d.ok(['sync']);
  expect(await ids(other)).toEqual(held);
  expect(await ids(d)).toEqual(held);
  expect(held).toHaveLength(3);
}

describe('a remote that deletes or rewrites records is refused', () => {
  it('events deleted on the remote (git rm -r events): exit 3, nothing changed, fix named; --restore puts them back', async () => {
    const w = await world();
    const c = hostileClone(w.remote);
    git(c, ['rm', '-r', '-q', 'events']);
    pushAll(c, 'tidy up');
    const err = await refused(w, w.a, /deleted .*record/);
    expect(err).toContain(`events/${w.aId}/`);
    expect(err).toContain('tidy up'); // the commit that did it
    await restored(w, w.a, w.b);
  });

  it("another device's records deleted on the remote are refused too: no record this device holds is dropped", async () => {
    const w = await world();
    const c = hostileClone(w.remote);
    git(c, ['rm', '-r', '-q', `events/${w.bId}`]);
    pushAll(c, 'drop desktop');
    await refused(w, w.a, new RegExp(`events/${w.bId}/`));
    await restored(w, w.a, w.b);
  });

  it('a record of this device rewritten on the remote (another client) is refused', async () => {
    const w = await world();
    const c = hostileClone(w.remote);
    const shard = join(c, 'events', w.aId, '2026-11.json');
    writeFileSync(shard, readFileSync(shard, 'utf8').replace(/"client":"acme"/, '"client":"evil"'));
    pushAll(c, 'rewrite');
    await refused(w, w.a, /rewr/);
  });

  it("a record forged into this device's file is refused", async () => {
    const w = await world();
    const c = hostileClone(w.remote);
    const shard = join(c, 'events', w.aId, '2026-11.json');
    const text = readFileSync(shard, 'utf8');
    const first = text.split('\n')[1]!.replace(/,$/, '');
    const forged = JSON.stringify({ ...JSON.parse(first), id: '01KZZZZZZZZZZZZZZZZZZZZZZZ', entry: '01KZZZZZZZZZZZZZZZZZZZZZZY', action: '01KZZZZZZZZZZZZZZZZZZZZZZX' });
    writeFileSync(shard, text.replace(/\n\]\}\n$/, `,\n${forged}\n]}\n`));
    pushAll(c, 'forge');
    await refused(w, w.a, /not written by this device|this device's id/);
  });

  it('an invoice deleted, an invoice rewritten, a status record removed: each refused', async () => {
    for (const hurt of ['delete', 'rewrite', 'records'] as const) {
      const w = await world();
      const c = hostileClone(w.remote);
      const inv = readdirSync(join(c, 'invoices')).find((n) => n.endsWith('.json'))!;
      if (hurt === 'delete') git(c, ['rm', '-q', `invoices/${inv}`]);
      if (hurt === 'rewrite') writeFileSync(join(c, 'invoices', inv), readFileSync(join(c, 'invoices', inv), 'utf8').replace('"2026-A001"', '"2026-A999"'));
      if (hurt === 'records') writeFileSync(join(c, 'invoices', 'events', `${w.aId}.jsonl`), '');
      pushAll(c, `invoice ${hurt}`);
      await refused(w, w.a, /invoices\//);
    }
  });

  it("a setting of this device rewound on the remote is refused", async () => {
    const w = await world();
    const c = hostileClone(w.remote);
    const file = join(c, 'settings', `${w.aId}.json`);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { values: Record<string, { clock: number; value: unknown }> };
    doc.values['client:acme']!.clock = 1;
    (doc.values['client:acme']!.value as { rates: { rate: number }[] }).rates[0]!.rate = 1;
    writeFileSync(file, JSON.stringify(doc));
    pushAll(c, 'cheaper');
    await refused(w, w.a, /settings\//);
  });

  it('a force-push of a history without this device\'s files is refused; one that keeps every record is taken', async () => {
    const w = await world();
    const c = hostileClone(w.remote);
    git(c, ['checkout', '-q', '--orphan', 'fresh']);
    git(c, ['rm', '-r', '-q', '--cached', '.']);
    rmSync(join(c, 'events'), { recursive: true });
    pushAll(c, 'start over', true);
    await refused(w, w.a, /deleted/);

    // Squashed history, same files: nothing is lost, so it is taken.
    const w2 = await world();
    const c2 = hostileClone(w2.remote);
    const root = git(c2, ['rev-list', '--max-parents=0', 'HEAD']).trim().split('\n')[0]!;
    git(c2, ['reset', '-q', '--soft', root]);
    git(c2, ['commit', '-q', '--amend', '-m', 'squashed']);
    git(c2, ['push', '-q', '--force', 'origin', 'HEAD:main']);
    await w2.b.ok(['add', 'acme', '--from', '2026-11-27T08:00:00Z', '--to', '2026-11-27T09:00:00Z']);
    await w2.b.ok(['sync']);
    await w2.a.ok(['sync']);
    expect(await ids(w2.a)).toEqual(await ids(w2.b));
    expect(await ids(w2.a)).toHaveLength(4);
  });

  it('a data folder copied to another machine (two devices, one id): refused as records not written here; --restore keeps both', async () => {
    const w = await world();
    const twin = device();
    cpSync(w.a.home, twin.home, { recursive: true });
    await twin.ok(['add', 'acme', '--from', '2026-11-27T06:00:00Z', '--to', '2026-11-27T07:00:00Z']);
    await twin.ok(['sync']);
    await w.a.ok(['add', 'acme', '--from', '2026-11-27T08:00:00Z', '--to', '2026-11-27T09:00:00Z']);
    const err = await refused(w, w.a, /not written by this device/);
    expect(err).toContain('remove the file `device`');
    await w.a.ok(['sync', '--restore']);
    await w.b.ok(['sync']);
    expect(await ids(w.b)).toHaveLength(5);
    expect(await ids(w.a)).toEqual(await ids(w.b));
  });

  it("a device that rewrites its own file to the same records (a compaction) and adds more is taken", async () => {
    const w = await world();
    await w.b.ok(['add', 'acme', '--from', '2026-11-27T08:00:00Z', '--to', '2026-11-27T09:00:00Z']);
    await w.b.ok(['sync']);
    const c = hostileClone(w.remote);
    const shard = join(c, 'events', w.bId, '2026-11.json');
    // Same records, keys in another order and reversed: folding gives the same state.
    const lines = readFileSync(shard, 'utf8').split('\n').slice(1, -2).map((l) => JSON.parse(l.replace(/,$/, '')) as Record<string, unknown>);
    const reordered = lines.reverse().map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).reverse())));
    writeFileSync(shard, `{"version":1,"events":[\n${reordered.join(',\n')}\n]}\n`);
    pushAll(c, 'compact');
    await w.a.ok(['sync']);
    expect(await ids(w.a)).toHaveLength(4);
  });
});

describe('a remote cannot make tt run out of memory', () => {
  it('a file larger than any tt writes (129 MB as a calendar) is refused without being read', async () => {
    const w = await world();
    const c = hostileClone(w.remote);
    mkdirSync(join(c, 'calendars'), { recursive: true });
    writeFileSync(join(c, 'calendars', 'huge.ics'), Buffer.alloc(129 << 20, 'x'));
    pushAll(c, 'huge');
    const before = remoteHead(w.remote);
    const r = await w.a.run(['sync']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('calendars/huge.ics');
    expect(r.stderr).toContain('larger than 128 MB');
    expect(existsSync(join(w.a.home, 'calendars', 'huge.ics'))).toBe(false);
    expect(remoteHead(w.remote)).toBe(before);
  });
});

describe('a remote cannot make tt write outside the data folder', () => {
  it('a link committed to the remote (invoices -> elsewhere) is refused, and nothing is written there', async () => {
    const w = await world();
    const elsewhere = tempDir('tt-elsewhere-');
    const c = hostileClone(w.remote);
    git(c, ['rm', '-r', '-q', 'invoices']);
    symlinkSync(elsewhere, join(c, 'invoices'));
    pushAll(c, 'link');
    await refused(w, w.b, /link/);
    await w.b.ok(['device', 'series', 'B']);
    await w.b.ok(['invoice', 'create', '--client', 'acme', '--period', '2026-11-26..2026-11-26']);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it.each([
    ['a git attributes file', '.gitattributes', '* filter=evil\n'],
    ['a script', 'run.sh', '#!/bin/sh\necho hi\n'],
    ['a file beside the shards', 'events/zzzz/notes.txt', 'hello\n'],
    ['a calendar with a name tt never makes', 'calendars/-x.ics', 'BEGIN:VCALENDAR\n'],
  ])('%s that is not one of tt\'s paths is refused', async (_what, path, text) => {
    const w = await world();
    const c = hostileClone(w.remote);
    mkdirSync(join(c, path, '..'), { recursive: true });
    writeFileSync(join(c, path), text);
    pushAll(c, 'extra');
    const err = await refused(w, w.a, /not one of tt's/);
    expect(err).toContain(path);
    expect(existsSync(join(w.a.home, path))).toBe(false);
  });
});
