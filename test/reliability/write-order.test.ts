// Check first, then write; and a command that wrote exits 0 (issue 12 item 5). With a damaged
// state/timer.json, `tt add` used to store the entry, print "Added", then exit 3: the user ran it
// again and had it twice. Now everything a command needs is read before it writes anything; and
// once its change is stored, nothing after it (printing the confirmation, a warning, a fold) turns
// the exit code into a failure that invites a retry.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { copyOf, ctxFor, okIn, runIn, view } from './in-process.ts';
import { snapshot } from './store-files.ts';

const work = tempDir('tt-order-');
const ICS = join(work, 'work.ics');
const TIMEW = join(work, 'timew.json');

const meeting = (uid: string, title: string, day: string): string[] => ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${title}`, `DTSTART:${day}T100000Z`, `DTEND:${day}T110000Z`, 'END:VEVENT'];
const calendar = (...events: string[][]): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tt tests//EN', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');

let template: string;

beforeAll(async () => {
  writeFileSync(ICS, calendar(meeting('a@x', 'Planning', '20261117')));
  writeFileSync(TIMEW, JSON.stringify([{ id: 1, start: '20251103T090000Z', end: '20251103T100000Z', tags: ['acme'] }]));
  template = join(tempDir('tt-template-'), 'data');
  for (const args of [
    ['config', 'set', 'tz', 'Europe/Berlin'],
    ['client', 'add', 'acme', '--rate', '90', '--calendar', 'work'],
    ['client', 'add', 'globex'],
    ['calendar', 'import', ICS, '--name', 'work'],
    ['add', 'acme', '--from', '2026-11-18T09:00:00Z', '--to', '2026-11-18T10:00:00Z', '--note', 'earlier'],
    ['start', 'acme', '--at', '12:00'],
  ]) await okIn(template, args);
  writeFileSync(ICS, calendar(meeting('a@x', 'Planning', '20261117'), meeting('b@x', 'Review', '20261119')));
});

describe('a damaged timer state', () => {
  it('tt add refuses before writing anything (exit 3); after the repair it adds once', async () => {
    const home = copyOf(template);
    const timer = join(home, 'state', 'timer.json');
    writeFileSync(timer, '{"version":1,"entry":');
    const before = snapshot(home);
    const args = ['add', 'acme', '--from', '2026-11-19T09:00:00Z', '--to', '2026-11-19T10:00:00Z', '--note', 'once'];
    const r = await runIn(home, args);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`tt: ${timer} is damaged\n  Run \`tt doctor --repair\`: it rebuilds the timer state from history.\n`);
    expect(snapshot(home)).toEqual(before);
    await okIn(home, ['doctor', '--repair']);
    await okIn(home, args);
    const log = JSON.parse((await okIn(home, ['log', '--since', '2026-11-01', '--json'])).stdout) as { entries: { note: string | null }[] };
    expect(log.entries.filter((e) => e.note === 'once')).toHaveLength(1);
  });
});

// Every command that writes, each with its confirmation going to a stdout that fails (a full disk
// behind `> file`, /dev/full).
const WRITERS: Record<string, string[]> = {
  add: ['add', 'acme', '--from', '2026-11-19T09:00:00Z', '--to', '2026-11-19T10:00:00Z', '--note', 'once'],
  start: ['start', 'globex', '--at', '12:30'],
  stop: ['stop'],
  continue: ['continue', '--at', '12:30'],
  cancel: ['cancel'],
  edit: ['edit', '@2', '--note', 'changed'],
  delete: ['delete', '@2'],
  undo: ['undo'],
  'client add': ['client', 'add', 'initech'],
  'client set': ['client', 'set', 'acme', '--rate', '100'],
  'client remove': ['client', 'remove', 'globex'],
  'config set': ['config', 'set', 'idle', '20m'],
  'config unset': ['config', 'unset', 'tz'],
  import: ['import', 'timewarrior', TIMEW],
  'invoice create': ['invoice', 'create', '--client', 'acme', '--period', '2026-11-01..2026-11-19'],
  'calendar import': ['calendar', 'import', ICS, '--name', 'work'],
  'review (accept all)': ['review', '--week', '--accept-all', '--yes'],
};

describe.each(Object.keys(WRITERS))('tt %s whose confirmation cannot be printed', (name) => {
  it('exits 0, says the change was saved, and made it once', async () => {
    const args = WRITERS[name]!;
    const reference = copyOf(template);
    await okIn(reference, args);
    const home = copyOf(template);
    const ctx = ctxFor(home);
    ctx.out = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    };
    const r = await runIn(home, args, {}, ctx);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^tt: .+\n(?: {2}.+\n)* {2}The change itself was saved: do not run the command again\.\n$/);
    expect(await view(home)).toEqual(await view(reference));
    expect(readFileSync(join(home, 'clients.json'), 'utf8')).toBe(readFileSync(join(reference, 'clients.json'), 'utf8'));
  });
});
