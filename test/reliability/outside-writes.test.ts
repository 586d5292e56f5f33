// tt never writes outside its data folder, nor through a symbolic link inside it (issue 12 item 9).
// A `device` file holding `../../../evil` used to send month shards three folders above the data
// folder; a folder replaced by a link (an `invoices` link a sync brought) was written through.
// Now the device id is checked wherever it is read (exit 3), every write refuses a link on its way
// down from the data folder (exit 3, naming it), hooks and shells do not append through a linked
// journal, and `tt doctor` lists both.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { repoWithHooks, run, setup } from '../hooks/helpers.ts';
import { okIn, runIn } from './in-process.ts';
import { snapshot } from './store-files.ts';

async function world(): Promise<{ home: string; device: string }> {
  const home = join(tempDir('tt-out-'), 'a', 'b', 'data');
  mkdirSync(home, { recursive: true });
  await okIn(home, ['config', 'set', 'tz', 'Europe/Berlin']);
  await okIn(home, ['client', 'add', 'acme', '--rate', '90']);
  await okIn(home, ['add', 'acme', '--from', '2026-11-18T09:00:00Z', '--to', '2026-11-18T10:00:00Z']);
  await okIn(home, ['fold']);
  return { home, device: readFileSync(join(home, 'device'), 'utf8').trim() };
}

const WRITES: string[][] = [
  ['add', 'acme', '--from', '2026-11-19T09:00:00Z', '--to', '2026-11-19T10:00:00Z'],
  ['start', 'acme', '--at', '12:00'],
  ['fold'],
  ['client', 'add', 'globex'],
  ['config', 'set', 'idle', '20m'],
];

describe('a device id that is not one', () => {
  it.each(['../../../evil', 'a/b', '\u001b[31mred', 'x'.repeat(200)])('%j: every command that writes refuses (exit 3) and nothing is written anywhere', async (bad) => {
    const { home } = await world();
    writeFileSync(join(home, 'device'), `${bad}\n`);
    const outside = dirname(dirname(home));
    const before = snapshot(outside);
    for (const args of WRITES) {
      const r = await runIn(home, args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(3);
      expect(r.stderr).toContain(`tt: ${join(home, 'device')} is damaged: `);
      expect(r.stderr).toContain('is not a device id (4 to 32 lowercase letters and digits)');
      expect(r.stderr).not.toContain('\u001b');
      expect(snapshot(outside)).toEqual(before);
    }
    expect(existsSync(resolve(home, 'events', bad))).toBe(false);
    const doctor = JSON.parse((await runIn(home, ['doctor', '--json'])).stdout) as { ok: boolean; findings: { file: string; problem: string }[] };
    expect(doctor.ok).toBe(false);
    expect(doctor.findings).toContainEqual(expect.objectContaining({ file: join(home, 'device') }));
  });
});

describe('a symbolic link inside the data folder', () => {
  // A fold treats a shard it may not write like a damaged one: it says so, and the records wait in
  // the journal it set aside (exit 0: the fold has nothing else to report).
  const cases: { link: (home: string, device: string) => string; args: string[]; code?: number }[] = [
    { link: () => 'invoices', args: ['invoice', 'create', '--client', 'acme', '--period', '2026-11-01..2026-11-30'] },
    { link: (_h, device) => join('events', device), args: ['fold'], code: 0 },
    { link: () => 'state', args: ['start', 'acme', '--at', '12:00'] },
    { link: () => 'settings', args: ['client', 'add', 'globex'] },
    { link: () => 'calendars', args: ['calendar', 'import', '__ICS__', '--name', 'work'] },
  ];
  it.each(cases.map((c) => [c.args.slice(0, 2).join(' '), c] as const))('tt %s refuses to write through it, naming it', async (_name, c) => {
    const { home, device } = await world();
    const ics = join(tempDir(), 'work.ics');
    writeFileSync(ics, ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a', 'SUMMARY:x', 'DTSTART:20261102T100000Z', 'DTEND:20261102T110000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
    // Something to fold: a timer's records wait in the journal (tt add folds its own at once).
    await okIn(home, ['start', 'acme', '--at', '2026-11-19T09:00:00Z']);
    await okIn(home, ['stop', '--at', '2026-11-19T10:00:00Z']);
    const rel = c.link(home, device);
    const target = tempDir('tt-elsewhere-');
    const at = join(home, rel);
    if (existsSync(at)) {
      // What was there moves to the target, as a sync that replaced a folder by a link would leave it.
      cpSync(at, target, { recursive: true });
      rmSync(at, { recursive: true });
    }
    symlinkSync(target, at);
    const before = snapshot(target);
    const r = await runIn(home, c.args.map((a) => (a === '__ICS__' ? ics : a)));
    expect(r.code, r.stderr).toBe(c.code ?? 3);
    expect(r.stderr).toContain(`${at} is a symbolic link inside the data folder; tt does not write through links, so nothing was written`);
    expect(snapshot(target)).toEqual(before);
    const doctor = JSON.parse((await runIn(home, ['doctor', '--json'])).stdout) as { findings: { file: string; problem: string }[] };
    expect(doctor.findings).toContainEqual(expect.objectContaining({ file: at, problem: expect.stringContaining('a symbolic link') }));
  });

  it('a linked journal: tt refuses, and neither a hook nor a shell prompt appends through it', async () => {
    const s = setup();
    const repo = repoWithHooks(s);
    await okIn(s.e.home, ['client', 'add', 'acme']);
    const victim = join(tempDir('tt-victim-'), '.bashrc');
    writeFileSync(victim, 'echo hello\n');
    symlinkSync(victim, join(s.e.home, 'journal.ndjson'));
    const r = await runIn(s.e.home, ['add', 'acme', '--from', '2026-11-19T09:00:00Z', '--to', '2026-11-19T10:00:00Z']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${join(s.e.home, 'journal.ndjson')} is a symbolic link inside the data folder`);
    expect(run('git', ['commit', '--allow-empty', '-q', '-m', 'work'], repo, s.genv)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const snippet = join(tempDir(), 'tt.bash');
    writeFileSync(snippet, (await okIn(s.e.home, ['shell-init', 'bash'])).stdout);
    expect(run('bash', ['--norc', '--noprofile', '-c', `source '${snippet}'; __tt_prompt`], repo, s.genv)).toMatchObject({ code: 0 });
    expect(readFileSync(victim, 'utf8')).toBe('echo hello\n');
  });
});
