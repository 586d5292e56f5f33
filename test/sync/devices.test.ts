// Devices by name, what an override really changed, undo of this device's own actions and redo, and
// one file imported on two devices (issue 16, items 5, 6 and 7).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { ics, writeIcs } from '../calendar/helpers.ts';
import { bareRemote, device, ids, type Device } from './world.ts';

async function pair(): Promise<{ a: Device; b: Device; remote: string }> {
  const remote = bareRemote();
  const a = device();
  const b = device();
  await a.ok(['client', 'add', 'acme', '--rate', '80']);
  await a.ok(['client', 'set', 'acme', '--rate', '100', '--from', '2026-12-01']);
  await a.ok(['sync', 'init', remote, '--device', 'laptop']);
  await b.ok(['sync', 'init', remote, '--device', 'desktop']);
  return { a, b, remote };
}

describe('devices by name', () => {
  it('sync init --device names this device, tt device name shows and changes it, and the default is the host name', async () => {
    const { a, b, remote } = await pair();
    expect((await a.ok(['device', 'name'])).stdout).toContain('laptop');
    const c = device();
    await c.ok(['sync', 'init', remote]);
    expect((await c.json<{ name: string }>(['device', 'name'])).name).toBe('test-host'); // the context's host name
    await b.ok(['device', 'name', 'office']);
    expect((await b.json<{ name: string; device: string }>(['device', 'name'])).name).toBe('office');
    for (const bad of ['', 'a\u001b[31mb', 'x'.repeat(65)]) {
      const r = await b.run(['device', 'name', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^tt: /);
    }
    const r = await a.run(['sync', 'init', remote, '--device', '']);
    expect(r.code).toBe(2);
  });

  it('an override shows the value each side set and the devices by name', async () => {
    const { a, b } = await pair();
    // The last rate is 100 on both sides: only the rate each side added tells them apart.
    await a.ok(['client', 'set', 'acme', '--rate', '92', '--from', '2026-11-01']);
    await b.ok(['client', 'set', 'acme', '--rate', '95', '--from', '2026-11-01']);
    await a.ok(['sync']);
    const r = await b.ok(['sync']);
    const line = r.stdout.split('\n').find((l) => l.startsWith('Overrode:')) ?? '';
    expect(line).toMatch(/acme/);
    expect(line).toMatch(/95.*desktop.*overrode.*92.*laptop/);
    expect(line).not.toMatch(/[0-9a-f]{10}/); // no device ids
  });
});

describe('undo and redo after a sync', () => {
  it('tt undo takes back this device\'s own last action, says the last change came by sync, and tt redo does it again', async () => {
    const { a, b } = await pair();
    await a.ok(['add', 'acme', '--from', '2026-11-26T09:00:00Z', '--to', '2026-11-26T10:00:00Z']);
    await b.ok(['add', 'acme', '--from', '2026-11-26T18:00:00Z', '--to', '2026-11-26T19:00:00Z']);
    await a.ok(['sync']);
    await b.ok(['sync']);
    await a.ok(['sync']);
    const starts = async (d: Device): Promise<string[]> => (await d.json<{ entries: { start: string }[] }>(['log', '--since', '2026-11-01'])).entries.map((e) => e.start);
    expect(await starts(a)).toHaveLength(2);

    const undo = await a.ok(['undo']);
    expect(undo.stdout + undo.stderr).toMatch(/desktop/); // the last change came from desktop, by sync
    expect(await starts(a)).toEqual(['2026-11-26T18:00:00Z']); // b's entry stays
    const redo = await a.ok(['redo']);
    expect(redo.stdout).toMatch(/^Redid: /);
    expect(await starts(a)).toEqual(['2026-11-26T09:00:00Z', '2026-11-26T18:00:00Z']);
    expect((await a.run(['redo'])).code).toBe(2); // nothing left to redo

    // Only b's actions left to a: nothing of a's own to undo once a's add is undone.
    await a.ok(['undo']);
    const none = await a.run(['undo']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/this device/);
    await a.ok(['redo']);
    // A new action after an undo leaves nothing to redo.
    await a.ok(['undo']);
    await a.ok(['add', 'acme', '--from', '2026-11-25T09:00:00Z', '--to', '2026-11-25T10:00:00Z']);
    expect((await a.run(['redo'])).code).toBe(2);
    await a.ok(['sync']);
    await b.ok(['sync']);
    expect(await ids(b)).toEqual(await ids(a));
  });

  it('undo twice, redo twice: back where it was, in order', async () => {
    const a = device();
    await a.ok(['config', 'set', 'tz', 'UTC']);
    await a.ok(['client', 'add', 'acme']);
    await a.ok(['add', 'acme', '--from', '2026-11-26T09:00:00Z', '--to', '2026-11-26T10:00:00Z']);
    await a.ok(['add', 'acme', '--from', '2026-11-26T11:00:00Z', '--to', '2026-11-26T12:00:00Z']);
    const all = await ids(a);
    await a.ok(['undo']);
    await a.ok(['undo']);
    expect(await ids(a)).toEqual([]);
    const first = await a.ok(['redo']);
    expect(first.stdout).toContain('2026-11-26 09:00');
    expect(await ids(a)).toHaveLength(1);
    await a.ok(['redo']);
    expect(await ids(a)).toEqual(all);
  });
});

describe('one file imported on two devices before they sync', () => {
  it('is merged by origin on sync, once, and the sync says so', async () => {
    const { a, b } = await pair();
    const file = join(tempDir('tt-watson-'), 'frames');
    writeFileSync(file, JSON.stringify([
      [1795165200, 1795168800, 'acme', 'f1', [], 1795168800], // 2026-11-20 09:00-10:00 UTC
      [1795172400, 1795176000, 'acme', 'f2', [], 1795176000], // 11:00-12:00
    ]));
    await a.ok(['import', 'watson', file]);
    await b.ok(['import', 'watson', file]);
    await a.ok(['sync']);
    const r = await b.ok(['sync']);
    expect(r.stdout + r.stderr).toMatch(/imported on two devices/);
    await a.ok(['sync']);
    const origins = async (d: Device): Promise<number> => (await d.json<{ entries: unknown[] }>(['log', '--since', '2026-01-01'])).entries.length;
    expect(await origins(a)).toBe(2);
    expect(await origins(b)).toBe(2);
    expect(await ids(a)).toEqual(await ids(b));
    // Importing the file again anywhere adds nothing.
    expect((await a.json<{ added: number }>(['import', 'watson', file])).added).toBe(0);
    for (const d of [a, b]) expect((await d.json<{ ok: boolean }>(['doctor'])).ok).toBe(true);
  });
});

describe('calendars, which whoever imports replaces', () => {
  it('a calendar changed on one device is taken; changed on both, each keeps its own and says so, then both hold one', async () => {
    const { a, b } = await pair();
    const cal = (title: string): string => writeIcs(ics(['UID:u1', `SUMMARY:${title}`, 'DTSTART:20261120T090000Z', 'DTEND:20261120T100000Z']));
    const titles = async (d: Device): Promise<string[]> => (await d.json<{ title: string }[]>(['calendar', 'events', '--since', '2026-11-20', '--until', '2026-11-20'])).map((e) => e.title);
    await a.ok(['calendar', 'import', cal('Planning'), '--name', 'work']);
    await a.ok(['sync']);
    await b.ok(['sync']);
    expect(await titles(b)).toEqual(['Planning']);
    await b.ok(['calendar', 'import', cal('Retro'), '--name', 'work']);
    await b.ok(['sync']);
    await a.ok(['sync']);
    expect(await titles(a)).toEqual(['Retro']); // changed on b only: taken
    await a.ok(['calendar', 'import', cal('Standup'), '--name', 'work']);
    await b.ok(['calendar', 'import', cal('Review'), '--name', 'work']);
    await a.ok(['sync']);
    const both = await b.ok(['sync']);
    expect(both.stderr).toContain('calendars/work.ics was changed on two devices');
    await a.ok(['sync']);
    expect(await titles(a)).toEqual(await titles(b));
  });
});
