// Every writer tt has, under a disk that fills up in the middle of it (issue 12 item 1). write(2) may
// store fewer bytes than it was given and say so; tt used to ignore that and rename the cut-short
// file over the good one. Injected through src/platform/fs.ts, at every write in turn:
//  - SHORT: one write stores half its bytes, then the disk is full;
//  - ENOSPC on write, on fsync and on rename alone (TT_FAULT_OPS);
//  - PARTIAL: every write stores only half, but the disk never fills: tt must loop and get it all out.
// Each failed run: exit 4, "the disk is full (N bytes free in DIR)", no stack, nothing on stdout, no
// temp file or lock left, every file but the journal and the shards byte for byte as before, the set
// of stored records unchanged. A run after the command's change was recorded (only a rename can
// fail there) exits 0, says what failed and that the change was saved, and `tt doctor --repair` makes
// the rest whole. Each run that gets through leaves exactly what a run without faults leaves.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { copyOf, okIn, runIn, view, type Faults, type Run } from './in-process.ts';
import { storedRecords } from './records.ts';
import { leftovers, snapshot } from './store-files.ts';

const work = tempDir('tt-faults-');
const ICS = join(work, 'work.ics');
const TIMEW = join(work, 'timew.json');

function calendar(titles: string[]): string {
  const events = titles.map((t, i) => [
    'BEGIN:VEVENT',
    `UID:m${i}@example.com`,
    `SUMMARY:${t}`,
    `DTSTART:202611${String(2 + (i % 20)).padStart(2, '0')}T100000Z`,
    `DTEND:202611${String(2 + (i % 20)).padStart(2, '0')}T110000Z`,
    'END:VEVENT',
  ]);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tt tests//EN', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
}

/** `timew export` of `n` one-hour intervals in 2025, tagged with the client. */
function timewarrior(n: number): string {
  const at = (ms: number): string => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
  const start = Date.UTC(2025, 0, 1, 8);
  return JSON.stringify(Array.from({ length: n }, (_, i) => ({ id: i + 1, start: at(start + i * 7200_000), end: at(start + i * 7200_000 + 3600_000), tags: ['acme'], annotation: `imported ${i}` })));
}

// The commands that write, one for each writer: the journal (add), the journal and the timer state
// together (a switch, a stop), month shards (fold), clients, config and settings, the calendar copy
// and its index, an import, an invoice with the events that mark its entries. The lock is every
// command's first write.
const WRITERS: Record<string, string[]> = {
  add: ['add', 'acme', '--from', '2026-11-18T10:00:00Z', '--to', '2026-11-18T11:00:00Z', '--note', 'call'],
  'start (a switch)': ['start', 'acme/web', '--at', '12:30'],
  stop: ['stop'],
  fold: ['fold'],
  'client add': ['client', 'add', 'globex', '--rate', '120'],
  'config set': ['config', 'set', 'idle', '20m'],
  'calendar import (again)': ['calendar', 'import', ICS, '--name', 'work'],
  import: ['import', 'timewarrior', TIMEW],
  'invoice create': ['invoice', 'create', '--client', 'acme', '--period', '2026-10-01..2026-10-31'],
};

let template: string;

beforeAll(async () => {
  writeFileSync(ICS, calendar(['Standup']));
  template = join(tempDir('tt-template-'), 'data');
  for (const args of [
    ['config', 'set', 'tz', 'Europe/Berlin'],
    ['client', 'add', 'acme', '--rate', '90'],
    ['add', 'acme', '--from', '2026-11-19T09:00:00Z', '--to', '2026-11-19T10:00:00Z'],
    ['add', 'acme', '--from', '2026-10-05T09:00:00Z', '--to', '2026-10-05T12:00:00Z', '--note', 'october'],
    ['fold'],
    ['add', 'acme', '--from', '2026-10-01T09:00:00Z', '--to', '2026-10-01T10:00:00Z'],
    ['calendar', 'import', ICS, '--name', 'work'],
    ['start', 'acme', '--at', '12:00'],
  ]) await okIn(template, args);
  // What is imported again is bigger than what is stored: a cut-short copy would show.
  writeFileSync(ICS, calendar(Array.from({ length: 300 }, (_, i) => `Meeting number ${i} about the project`)));
  writeFileSync(TIMEW, timewarrior(300));
});

/** Everything but the journal and the shards, byte for byte. */
function nonEventFiles(home: string): Map<string, string> {
  return new Map([...snapshot(home)].filter(([f]) => !/^journal\.|^events\//.test(f)));
}

function expectDiskFull(r: Run, what: string): void {
  const context = `${what}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  expect(r.code, context).toBe(4);
  expect(r.stderr, context).toMatch(/^tt: cannot .+: the disk is full \(\d+ bytes free in \/.+\)\n {2}Free some space and run the command again\. Nothing was changed\.\n$/);
  expect(r.stdout, context).toBe('');
}

const MODES: Record<string, (n: number) => Faults> = {
  'a write cut short, then a full disk': (n) => ({ TT_FAULT: 'SHORT', TT_FAULT_AFTER: String(n) }),
  'ENOSPC on write': (n) => ({ TT_FAULT: 'ENOSPC', TT_FAULT_OPS: 'write', TT_FAULT_AFTER: String(n) }),
  'ENOSPC on fsync': (n) => ({ TT_FAULT: 'ENOSPC', TT_FAULT_OPS: 'fsync', TT_FAULT_AFTER: String(n) }),
  'ENOSPC on rename': (n) => ({ TT_FAULT: 'ENOSPC', TT_FAULT_OPS: 'rename', TT_FAULT_AFTER: String(n) }),
};

describe.each(Object.keys(WRITERS))('tt %s on a disk that fills up', (name) => {
  const args = WRITERS[name]!;
  let expected: unknown;
  beforeAll(async () => {
    const home = copyOf(template);
    await okIn(home, args);
    expected = await view(home);
  });

  it.each(Object.keys(MODES))('%s, at every write in turn: fails whole, or does all of it', async (mode) => {
    let failed = 0;
    let saved = 0;
    let n = 0;
    for (; n < 80; n++) {
      const home = copyOf(template);
      const files = nonEventFiles(home);
      const records = storedRecords(home);
      const what = `${mode} after ${n} on tt ${args.join(' ')}`;
      const r = await runIn(home, args, MODES[mode]!(n));
      expect(leftovers(home), what).toEqual([]);
      expect(snapshot(home).has('lock'), what).toBe(false);
      if (r.code === 4) {
        expectDiskFull(r, what);
        expect(nonEventFiles(home), what).toEqual(files);
        expect(storedRecords(home), what).toEqual(records);
        failed++;
        continue;
      }
      expect(r.code, `${what}\n${r.stderr}`).toBe(0);
      if (r.stderr.includes('The change itself was saved')) {
        // Only a rename after the commit point fails here. The change is recorded, once; what the
        // hint says to do once there is room (rebuild the timer state, or run the command again)
        // leaves exactly what a run without faults leaves.
        expect(r.stderr, what).toMatch(/^tt: cannot write .+: the disk is full \(\d+ bytes free in \/.+\)\n {2}The change itself was saved/);
        expect(r.stderr, what).toContain('do not run the command again');
        expect(r.stdout, what).toBe('');
        if (r.stderr.includes('tt doctor --repair')) await okIn(home, ['doctor', '--repair']);
        else await okIn(home, args);
        expect(await view(home), what).toEqual(expected);
        saved++;
        continue;
      }
      expect(await view(home), what).toEqual(expected);
      break;
    }
    expect(n, 'the sweep reached a run with room for every write').toBeLessThan(80);
    // Every command writes, so a write cut short or refused always fails one run.
    if (/short|on write/.test(mode)) expect(failed).toBeGreaterThan(0);
    expect(failed + saved + 1).toBe(n + 1);
  });

  it('writes it all when every write stores only part of what it was given', async () => {
    const home = copyOf(template);
    const r = await runIn(home, args, { TT_FAULT: 'PARTIAL' });
    expect(r.code, r.stderr).toBe(0);
    expect(await view(home)).toEqual(expected);
  });
});

describe('the history cache on a disk that fills up', () => {
  it('is derived: failing to write it never fails a command that reads', async () => {
    const home = copyOf(template);
    await okIn(home, ['fold']); // the fold a read does first writes shards: not what is tried here
    const want = await runIn(copyOf(home), ['log', '--since', '2026-10-01']);
    for (const faults of [{ TT_FAULT: 'SHORT', TT_FAULT_OPS: 'write' }, { TT_FAULT: 'ENOSPC', TT_FAULT_OPS: 'write' }, { TT_FAULT: 'ENOSPC', TT_FAULT_OPS: 'rename' }]) {
      const r = await runIn(home, ['log', '--since', '2026-10-01'], faults);
      expect([r.code, r.stdout, r.stderr]).toEqual([0, want.stdout, '']);
      expect(leftovers(home)).toEqual([]);
    }
  });
});
