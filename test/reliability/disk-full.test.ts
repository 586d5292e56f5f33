// A real full disk (issue 12 item 1): a 2 MB tmpfs as the data folder, 140 entries in it, filled up
// to 20 KiB free, then `tt add` twice, an import of 2000 entries, a calendar imported again and a
// fold. tt used to ignore a write(2) that stored only part of its bytes: the adds exited 0 and the
// month shard was cut from 43 KB to 12 KB. Now every command either does all it says, or exits 4
// saying the disk is full and changes nothing; once there is room again nothing is lost or doubled.
// The tmpfs is mounted in a mount namespace of its own (`unshare -rm`), so no root is needed and
// nothing stays mounted; on a system without user namespaces the test says so and is skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const probe = tempDir('tt-probe-');
const CAN_MOUNT = spawnSync('unshare', ['-rm', 'mount', '-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]).status === 0;

function timewarrior(n: number, year: number, tag: string): string {
  const at = (ms: number): string => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
  const start = Date.UTC(year, 0, 1, 8);
  return JSON.stringify(Array.from({ length: n }, (_, i) => ({ id: i + 1, start: at(start + i * 7200_000), end: at(start + i * 7200_000 + 3600_000), tags: ['acme'], annotation: `${tag} ${i}` })));
}

function calendar(n: number): string {
  const events = Array.from({ length: n }, (_, i) => ['BEGIN:VEVENT', `UID:m${i}@example.com`, `SUMMARY:Meeting ${i} about the project`, 'DTSTART:20261102T100000Z', 'DTEND:20261102T110000Z', 'END:VEVENT']);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tt tests//EN', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const DISK_FULL = /^tt: cannot .+: the disk is full \(\d+ bytes free in \/.+\)\n {2}Free some space and run the command again\. Nothing was changed\.\n$/;

describe.skipIf(!CAN_MOUNT)('a real full disk (tmpfs in a mount namespace; skipped only where `unshare -rm` cannot mount)', () => {
  it('every command does all it says or nothing, and nothing stored is lost', () => {
    const work = tempDir('tt-full-');
    const mount = join(work, 'mnt');
    mkdirSync(mount);
    writeFileSync(join(work, 'history.json'), timewarrior(140, 2025, 'history'));
    writeFileSync(join(work, 'big.json'), timewarrior(2000, 2024, 'big'));
    writeFileSync(join(work, 'small.ics'), calendar(2));
    writeFileSync(join(work, 'big.ics'), calendar(400));
    const r = spawnSync('unshare', ['-rm', process.execPath, join(ROOT, 'test', 'reliability', 'disk-full-scenario.mjs'), mount, BIN, work], {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout) as {
      mounted: boolean;
      adds: (Run & { note: string })[];
      importBig: Run;
      calendar: Run;
      fold: Run;
      calendarCopy: string;
      doctor: Run;
      log: Run;
    };
    expect(o.mounted).toBe(true);
    const all = [...o.adds, o.importBig, o.calendar, o.fold];
    for (const x of all) {
      expect([0, 4], x.stderr).toContain(x.code);
      if (x.code === 4) expect(x.stderr).toMatch(DISK_FULL);
    }
    // The disk was full enough to refuse something: otherwise this proves nothing.
    expect(all.filter((x) => x.code === 4).length).toBeGreaterThan(0);

    const doctor = JSON.parse(o.doctor.stdout) as { ok: boolean };
    expect(doctor.ok, o.doctor.stdout).toBe(true);
    const notes = (JSON.parse(o.log.stdout) as { entries: { note: string | null }[] }).entries.map((e) => e.note ?? '');
    const count = (prefix: string): number => notes.filter((n) => n.startsWith(prefix)).length;
    expect(count('history ')).toBe(140);
    expect(new Set(notes.filter((n) => n.startsWith('history '))).size).toBe(140);
    for (const add of o.adds) expect(count(add.note)).toBe(add.code === 0 ? 1 : 0);
    // An import is all or none of it, and says which.
    expect(count('big ')).toBe(o.importBig.code === 0 ? 2000 : 0);
    if (o.importBig.code === 0) expect(o.importBig.stdout).toContain('2000');
    // A calendar imported again is the new copy or the old one, never a piece of either.
    expect(o.calendarCopy).toBe(o.calendar.code === 0 ? 'new' : 'old');
  });
});
