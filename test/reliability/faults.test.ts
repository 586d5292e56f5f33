// Injected filesystem faults (TT_FAULT, see src/platform/fs.ts; tests run as root, which ignores
// permissions, so real ones cannot be staged). Every command that writes must fail with exit 4 and
// a message in words, and leave nothing half-written: no temp files, no lock, the data as it was.
//  - Each fault on the first write: the data folder is byte-for-byte as before.
//  - A full disk at every later write in turn (TT_FAULT_AFTER=N, until the command gets through):
//    a fold may already have moved journal records into month shards (a rename and a merge by id,
//    not a change of data), so there the set of stored records is compared, every other file byte
//    for byte.
import { describe, expect, it } from 'vitest';
import { ok, tt, ttEnv, type RunResult, type TtEnv } from '../helpers/cli.ts';
import { leftovers, snapshot } from './store-files.ts';
import { storedRecords } from './records.ts';

const COMMANDS: Record<string, string[]> = {
  start: ['start', 'acme/web', '--at', '12:30'], // a switch: stops the running timer, starts another
  stop: ['stop'],
  add: ['add', 'acme', '--from', '2026-11-18T10:00:00Z', '--to', '2026-11-18T11:00:00Z', '--note', 'call'],
  edit: ['edit', '@1', '--note', 'changed'],
  'client add': ['client', 'add', 'globex', '--rate', '120'],
  'config set': ['config', 'set', 'idle', '20m'],
  fold: ['fold'],
};
const FAULTS = ['ENOSPC', 'EACCES', 'EROFS'] as const;

/** A data folder with history in shards, a record still in the journal, and a running timer. */
function world(): TtEnv {
  const e = ttEnv({ now: '2026-11-20T12:00:00Z' });
  ok(e, ['client', 'add', 'acme', '--rate', '90']);
  ok(e, ['add', 'acme', '--from', '2026-11-19T09:00:00Z', '--to', '2026-11-19T10:00:00Z']);
  ok(e, ['fold']);
  ok(e, ['add', 'acme', '--from', '2026-10-01T09:00:00Z', '--to', '2026-10-01T10:00:00Z']);
  ok(e, ['start', 'acme', '--at', '12:00']);
  return e;
}

function expectCleanFailure(r: RunResult, fault: string, what: string): void {
  const context = `${what}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  expect(r.code, context).toBe(4);
  // The file or folder is named, never "?"; a full disk says how much room is left, and where.
  const message = fault === 'ENOSPC' ? 'the disk is full \\(\\d+ bytes free in /.+\\)' : `${fault} at /`;
  expect(r.stderr, context).toMatch(new RegExp(`^tt: cannot .+: ${message}`));
  expect(r.stderr, context).not.toMatch(/internal error|\n\s+at /); // no stack trace
  expect(r.stdout, context).toBe(''); // it did not claim success
}

/** Everything but the journal and the shards, byte for byte. */
function nonEventFiles(home: string): Map<string, string> {
  return new Map([...snapshot(home)].filter(([f]) => !/^journal\.|^events\//.test(f)));
}

describe.each(Object.keys(COMMANDS))('tt %s under injected faults', (name) => {
  const args = COMMANDS[name]!;

  it.each(FAULTS)('%s on the first write: exit 4, a message, the data folder byte-for-byte unchanged', (fault) => {
    const e = world();
    const before = snapshot(e.home);
    const r = tt(e, args, { TT_FAULT: fault });
    expectCleanFailure(r, fault, `${fault} on tt ${args.join(' ')}`);
    expect(snapshot(e.home)).toEqual(before);
  });

  it('a full disk at each later write in turn: exit 4, no temp files, no record lost or changed', () => {
    const e = world();
    let n = 1;
    for (; n < 30; n++) {
      const files = nonEventFiles(e.home);
      const records = storedRecords(e.home);
      const r = tt(e, args, { TT_FAULT: 'ENOSPC', TT_FAULT_AFTER: String(n) });
      if (r.code === 0) break;
      expectCleanFailure(r, 'ENOSPC', `ENOSPC after ${n} writes on tt ${args.join(' ')}`);
      expect(leftovers(e.home)).toEqual([]);
      expect(nonEventFiles(e.home)).toEqual(files);
      expect(storedRecords(e.home)).toEqual(records);
    }
    // The sweep reached a run with room for every write, so it passed every write point before it.
    expect(n).toBeLessThan(30);
    expect(leftovers(e.home)).toEqual([]);
  });
});
