// Issue 12 items 15 and 19: files the user names. A device (/dev/zero grew tt to 4-5 GB) or a FIFO
// (blocked forever) is refused; a file above the 64 MiB cap is refused; a calendar nested 5,000
// deep is read (the deep part skipped with a warning) instead of exiting 70; CSV exports with `;` or
// tab separators or in UTF-16 are read; a Latin-1 calendar is decoded with a warning naming it.
import { execFileSync } from 'node:child_process';
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/platform/user-file.ts';
import { ok, tt, ttEnv } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { file, run, world } from './run.ts';

describe('files that are not regular files', () => {
  // Spawned: on the code before the fix, reading a FIFO blocked the process, which would have
  // blocked the test runner too; /dev/zero grew memory until the timeout.
  const fifo = join(tempDir(), 'export.fifo');
  execFileSync('mkfifo', [fifo]);
  const commands = (path: string): string[][] => [
    ['import', 'toggl', path],
    ['import', 'timewarrior', path],
    ['calendar', 'import', path],
    ['calendar', 'events', path],
    ['invoice', 'import', path],
    ['audit', '--invoice', path],
  ];

  for (const [name, path, kind] of [
    ['/dev/zero', '/dev/zero', 'a device'],
    ['a FIFO', fifo, 'a named pipe (FIFO)'],
  ] as const) {
    it(`refuses ${name} at once, exit 2, naming it`, () => {
      const e = ttEnv({ now: '2026-11-27T10:00:00Z' });
      ok(e, ['client', 'add', 'acme']);
      for (const args of commands(path)) {
        const r = tt(e, args);
        expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 2, stderr: `tt: cannot read ${path}: it is ${kind}; tt reads only regular files\n  Save what it holds to a file first, and give that file.\n` });
      }
    });
  }
});

describe('files that are too large', () => {
  it('refuses a file above 64 MiB, naming it, before parsing it', async () => {
    const ctx = await world();
    const big = file('big.csv', 'Start date,Duration\n');
    truncateSync(big, 64 * 1024 * 1024 + 1); // sparse: no disk used
    for (const args of [
      ['import', 'toggl', big],
      ['calendar', 'events', big],
      ['invoice', 'import', big],
    ]) {
      const r = await run(ctx, args);
      expect({ args, code: r.code, err: r.err }).toEqual({ args, code: 2, err: `tt: ${big} is larger than 64 MiB, more than tt reads from one file\n  Export a shorter period, or split the file.\n` });
    }
  });
});

describe('a calendar nested 5,000 levels deep', () => {
  it('is read, the part deeper than 16 components skipped with a warning naming the line', async () => {
    const ctx = await world();
    const depth = 5000;
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:top', 'DTSTART:20261125T090000Z', 'DTEND:20261125T100000Z', 'SUMMARY:standup'];
    for (let i = 0; i < depth; i++) lines.push('BEGIN:VEVENT');
    lines.push('UID:deep', 'DTSTART:20261125T100000Z', 'DTEND:20261125T110000Z', 'SUMMARY:deep');
    for (let i = 0; i < depth; i++) lines.push('END:VEVENT');
    lines.push('END:VEVENT', 'END:VCALENDAR');
    const path = file('deep.ics', `${lines.join('\r\n')}\r\n`);
    const r = await run(ctx, ['calendar', 'events', path, '--since', '2026-11-23', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { title: string }[]).map((m) => m.title)).toContain('standup');
    expect(r.err).toContain(`${path}:22: BEGIN:VEVENT is nested more than 16 components deep; it was skipped, with everything inside it`);
    expect((await run(ctx, ['calendar', 'import', path])).code).toBe(0);
  });
});

describe('CSV separators and encodings', () => {
  const header = ['User', 'Email', 'Client', 'Project', 'Description', 'Billable', 'Start date', 'Start time', 'End date', 'End time', 'Duration', 'Tags'];
  const row = ['Jane', 'jane@example.com', 'Acme Corp', 'web', 'Überarbeitung', 'Yes', '2026-11-25', '09:00:00', '2026-11-25', '10:30:00', '01:30:00', ''];
  const csv = (sep: string): string => `${header.join(sep)}\r\n${row.join(sep)}\r\n`;
  const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string): Buffer => {
    const b = Buffer.from(text, 'utf16le');
    b.swap16();
    return Buffer.concat([Buffer.from([0xfe, 0xff]), b]);
  };

  for (const [name, content] of [
    ['semicolons', csv(';')],
    ['tabs', csv('\t')],
    ['UTF-16 LE with a BOM (Excel "Unicode text")', utf16le(csv('\t'))],
    ['UTF-16 BE with a BOM', utf16be(csv(','))],
  ] as const) {
    it(`reads a Toggl export with ${name}`, async () => {
      const ctx = await world();
      const r = await run(ctx, ['import', 'toggl', file('toggl.csv', content), '--json']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ added: 1, entries: [{ client: 'acme', project: 'web', note: 'Überarbeitung', start: '2026-11-25T08:00:00Z', end: '2026-11-25T09:30:00Z' }] });
    });
  }
});

describe('a calendar in Latin-1', () => {
  it('is decoded as Windows-1252 with a warning naming the file, not shown as mojibake', async () => {
    const ctx = await world();
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:1', 'DTSTART:20261125T100000Z', 'DTEND:20261125T110000Z', 'SUMMARY:Café mit Müller – 5 €', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const latin1 = Buffer.from(ics.replace('–', '\x96').replace('€', '\x80'), 'latin1');
    const path = file('team.ics', latin1);
    const r = await run(ctx, ['calendar', 'events', path, '--since', '2026-11-23', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { title: string }[]).map((m) => m.title)).toEqual(['Café mit Müller – 5 €']);
    expect(r.err).toBe(`tt: warning: ${path} is not UTF-8; it was read as Windows-1252 (Latin-1). If letters look wrong, save it as UTF-8 and try again\n`);

    // Imported, it is stored as UTF-8: reading the stored copy later warns no more.
    expect((await run(ctx, ['calendar', 'import', path])).code).toBe(0);
    const stored = await run(ctx, ['calendar', 'events', '--since', '2026-11-23', '--json']);
    expect(stored.err).toBe('');
    expect((JSON.parse(stored.out) as { title: string }[]).map((m) => m.title)).toEqual(['Café mit Müller – 5 €']);
  });

  it('leaves UTF-8 as it is', () => {
    expect(decodeText(Buffer.from('Café', 'utf8'), 'x')).toEqual({ text: 'Café', encoding: 'utf-8', note: null });
    expect(decodeText(Buffer.from('\ufeffCafé', 'utf8'), 'x')).toEqual({ text: 'Café', encoding: 'utf-8', note: null });
  });
});
