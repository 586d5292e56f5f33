// `tt doctor` checks everything tt stores, says "All good" only when all of it is whole, mends what
// another copy can mend, and never crashes, least of all on a data folder it cannot read (issue 12,
// item 14). Commands run in-process (src/cli.ts main) with a pinned clock; an unreadable folder is
// staged with a filesystem that fails the way a folder without permissions does (tests run as root).
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import type { Fs } from '../../src/platform/fs.ts';
import { runDoctor } from '../../src/doctor/run.ts';
import { folder } from '../../src/doctor/folder.ts';
import { timer } from '../../src/doctor/timer.ts';
import { Store } from '../../src/store/store.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';
import { unreadableFs } from '../helpers/fenced-fs.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface World {
  ctx: TestCtx;
  home: string;
  tt(...args: string[]): Promise<Run>;
  file(...parts: string[]): string;
}

interface DoctorJson {
  ok: boolean;
  exitCode: number;
  checks: { name: string; ok: boolean; findings: { file: string; problem: string; repaired: boolean; severity: string; fix: string | null }[] }[];
  findings: { file: string; problem: string; repaired: boolean }[];
}

async function world(fs?: Fs): Promise<World> {
  const ctx = testCtx({ now: '2026-11-20T12:00:00Z', ...(fs ? { fs } : {}) });
  const home = ctx.env.TT_HOME!;
  const tt = async (...args: string[]): Promise<Run> => {
    ctx.stdout.length = 0;
    ctx.stderr.length = 0;
    const code = await main(args, ctx);
    return { code, stdout: ctx.stdout.join(''), stderr: ctx.stderr.join('') };
  };
  return { ctx, home, tt, file: (...parts) => join(home, ...parts) };
}

async function ok(w: World, ...args: string[]): Promise<Run> {
  const r = await w.tt(...args);
  if (r.code !== 0) throw new Error(`tt ${args.join(' ')} exited ${r.code}\n${r.stdout}${r.stderr}`);
  return r;
}

/** Everything tt stores: clients, config, an entry in a month shard, a calendar, an invoice, a running timer. */
async function stocked(): Promise<World> {
  const w = await world();
  await ok(w, 'client', 'add', 'acme', '--rate', '90', '--currency', 'EUR');
  await ok(w, 'config', 'set', 'tz', 'Europe/Berlin');
  await ok(w, 'add', 'acme', '--from', '2026-11-02T09:00:00Z', '--to', '2026-11-02T10:00:00Z', '--note', 'first');
  await ok(w, 'invoice', 'create', '--client', 'acme', '--period', '2026-11-01..2026-11-08');
  await ok(w, 'add', 'acme', '--from', '2026-11-19T09:00:00Z', '--to', '2026-11-19T10:00:00Z', '--note', 'second');
  const ics = join(w.ctx.cwd, 'work.ics');
  writeFileSync(ics, ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a', 'DTSTART:20261119T130000Z', 'DTEND:20261119T140000Z', 'SUMMARY:Call', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
  await ok(w, 'calendar', 'import', ics, '--name', 'work');
  await ok(w, 'start', 'acme');
  await ok(w, 'fold');
  return w;
}

const only = (dir: string): string => {
  const names = readdirSync(dir);
  expect(names).toHaveLength(1);
  return join(dir, names[0]!);
};

const shardOf = (w: World): string => join(only(w.file('events')), '2026-11.json');

async function doctorJson(w: World, ...flags: string[]): Promise<{ code: number; doc: DoctorJson }> {
  const r = await w.tt('doctor', '--json', ...flags);
  return { code: r.code, doc: JSON.parse(r.stdout) as DoctorJson };
}

describe('tt doctor finds every kind of damage', () => {
  it('says All good, exit 0, on a whole data folder, and lists every check it made', async () => {
    const w = await stocked();
    const text = await w.tt('doctor');
    expect(text.stdout).toMatch(/All good\.\n$/);
    expect(text.code).toBe(0);
    const { code, doc } = await doctorJson(w);
    expect(code).toBe(0);
    expect(doc.checks.map((c) => c.name)).toEqual(['folder', 'links', 'shards', 'layout', 'entries', 'instants', 'journal', 'settings', 'clients', 'config', 'seller', 'calendars', 'calendar-warnings', 'invoices', 'invoice records', 'hooks', 'timer', 'lock']);
    expect(doc.checks.every((c) => c.ok && c.findings.length === 0)).toBe(true);
  });

  const DAMAGE: [string, string, (w: World) => string][] = [
    ['a shard record with a bad value', 'shards', (w) => {
      const f = shardOf(w);
      writeFileSync(f, readFileSync(f, 'utf8').replace('"note":"first"', '"note":7'));
      return f;
    }],
    ['an entry that ends before it starts', 'entries', (w) => {
      const f = shardOf(w);
      writeFileSync(f, readFileSync(f, 'utf8').replace('"end":"2026-11-02T10:00:00.000Z"', '"end":"2026-11-02T08:00:00.000Z"'));
      return f;
    }],
    ['damaged settings of this device', 'settings', (w) => {
      const f = only(w.file('settings'));
      writeFileSync(f, '{"version":1,"values":');
      return f;
    }],
    ['a client without its fields', 'clients', (w) => {
      writeFileSync(w.file('clients.json'), '{"version":1,"clients":[{"name":"acme"}]}\n');
      return w.file('clients.json');
    }],
    ['config.json cut short', 'config', (w) => {
      writeFileSync(w.file('config.json'), '{"version":1,"val');
      return w.file('config.json');
    }],
    ['a zone this Node does not know', 'config', (w) => {
      writeFileSync(w.file('config.json'), '{"version":1,"values":{"tz":"Mars/Olympus_Mons"}}\n');
      return w.file('config.json');
    }],
    ['a damaged calendar index', 'calendars', (w) => {
      writeFileSync(w.file('calendars', 'index.json'), '{"version":1,"calendars":[{"name":"work"}]}\n');
      return w.file('calendars', 'index.json');
    }],
    ['a calendar whose copy is gone', 'calendars', (w) => {
      unlinkSync(w.file('calendars', 'work.ics'));
      return w.file('calendars', 'work.ics');
    }],
    ['a damaged invoice', 'invoices', (w) => {
      const f = only(w.file('invoices'));
      writeFileSync(f, readFileSync(f, 'utf8').replace('"number": "2026-A001"', '"number": 1'));
      return f;
    }],
    ['a damaged hooks.json', 'hooks', (w) => {
      writeFileSync(w.file('hooks.json'), 'not json');
      return w.file('hooks.json');
    }],
    ['a damaged timer state', 'timer', (w) => {
      writeFileSync(w.file('state', 'timer.json'), '{"version":1,"entry":{');
      return w.file('state', 'timer.json');
    }],
    ['a prompt copy of the timer that disagrees with history', 'timer', (w) => {
      writeFileSync(w.file('state', 'timer'), '');
      return w.file('state', 'timer');
    }],
    ['a timer state that disagrees with history', 'timer', (w) => {
      writeFileSync(w.file('state', 'timer.json'), '{"version":1,"entry":null}\n');
      return w.file('state', 'timer.json');
    }],
  ];

  it.each(DAMAGE)('%s: found by the %s check, named, exit 3, the file left as it was', async (_what, check, damage) => {
    const w = await stocked();
    const file = damage(w);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
    const text = await w.tt('doctor');
    expect(text.stdout).not.toContain('All good');
    expect(text.stdout).toContain(file);
    expect(text.code).toBe(3);
    const { code, doc } = await doctorJson(w);
    expect(code).toBe(3);
    expect(doc.ok).toBe(false);
    const found = doc.checks.find((c) => c.name === check)!;
    expect(found.ok).toBe(false);
    expect(found.findings[0]).toMatchObject({ file, repaired: false, severity: 'damage' });
    expect(found.findings[0]!.fix).toEqual(expect.any(String));
    expect(doc.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual([check]);
    if (before !== null) expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('tt doctor --repair mends from another copy', () => {
  it('rebuilds clients.json and config.json from settings/<device>.json and the timer from history, keeping the damaged files', async () => {
    const w = await stocked();
    const clients = '{"version":1,"clients":[{"name":"acme","rates":"lots"}]}\n';
    const config = '{"version":1,"values":{"tz":';
    writeFileSync(w.file('clients.json'), clients);
    writeFileSync(w.file('config.json'), config);
    writeFileSync(w.file('state', 'timer.json'), 'garbage');
    expect((await w.tt('client', 'list')).code).toBe(3);

    const { code, doc } = await doctorJson(w, '--repair');
    expect(code).toBe(0);
    expect(doc.findings.map((f) => [f.file, f.repaired])).toEqual([
      [w.file('clients.json'), true],
      [w.file('config.json'), true],
      [w.file('state', 'timer.json'), true],
    ]);
    const kept = readdirSync(w.file('quarantine')).sort();
    expect(kept).toEqual([expect.stringMatching(/^clients\.json\..*\.original$/), expect.stringMatching(/^config\.json\..*\.original$/)]);
    expect(readFileSync(join(w.file('quarantine'), kept[0]!), 'utf8')).toBe(clients);
    expect(readFileSync(join(w.file('quarantine'), kept[1]!), 'utf8')).toBe(config);

    expect((await ok(w, 'client', 'list')).stdout).toContain('acme');
    expect((await ok(w, 'config', 'get', 'tz')).stdout).toBe('Europe/Berlin\n');
    expect((await ok(w, 'status')).stdout).toContain('acme');
    expect((await w.tt('doctor')).code).toBe(0);
  });

  it('leaves clients.json as it is when there is no other copy to rebuild it from', async () => {
    const w = await world();
    // A data folder from before settings were recorded: clients.json alone.
    await ok(w, 'fold');
    const damaged = '{"version":1,"clients":[{"name":"acme"}]}\n';
    writeFileSync(w.file('clients.json'), damaged);
    const { code, doc } = await doctorJson(w, '--repair');
    expect(code).toBe(3);
    expect(doc.checks.find((c) => c.name === 'clients')!.findings[0]).toMatchObject({ repaired: false, fix: expect.stringContaining('No whole copy') });
    expect(readFileSync(w.file('clients.json'), 'utf8')).toBe(damaged);
  });
});

describe('tt doctor never crashes', () => {
  it('TT_HOME a file: exit 4, says so, checks nothing else', async () => {
    const w = await world();
    writeFileSync(w.home, 'a file\n');
    for (const flags of [[], ['--repair']]) {
      const r = await w.tt('doctor', ...flags);
      expect(r.stdout).toContain(`the data folder ${w.home} is a file, not a folder`);
      expect(r.stdout + r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(r.code).toBe(4);
    }
    const { code, doc } = await doctorJson(w);
    expect(code).toBe(4);
    expect(doc.checks).toEqual([{ name: 'folder', covers: expect.any(String), ok: false, findings: [expect.objectContaining({ file: w.home, severity: 'unreadable' })] }]);
    expect(readFileSync(w.home, 'utf8')).toBe('a file\n');
  });

  it('a data folder tt may not read: doctor and invoice list exit 4 naming it, no stack', async () => {
    const setup = await stocked();
    const w = await world(unreadableFs(setup.home));
    w.ctx.env.TT_HOME = setup.home;
    for (const args of [['doctor'], ['doctor', '--repair'], ['invoice', 'list'], ['log']]) {
      const r = await w.tt(...args);
      expect(r.stdout + r.stderr, args.join(' ')).toContain(setup.home);
      expect(r.stdout + r.stderr, args.join(' ')).toContain('EACCES');
      expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(/internal error|\n\s+at /);
      expect(r.code, args.join(' ')).toBe(4);
    }
  });

  it('one folder it may not read: named (exit 4), and every other check still runs', async () => {
    const setup = await stocked();
    const device = only(join(setup.home, 'events'));
    const w = await world(unreadableFs(device));
    w.ctx.env.TT_HOME = setup.home;
    writeFileSync(join(setup.home, 'hooks.json'), 'not json');
    const { code, doc } = await doctorJson(w);
    expect(code).toBe(4);
    expect(doc.checks.find((c) => c.name === 'shards')!.findings).toEqual([expect.objectContaining({ file: device, severity: 'unreadable' })]);
    expect(doc.checks.find((c) => c.name === 'hooks')!.findings).toEqual([expect.objectContaining({ severity: 'damage' })]);
    expect(doc.checks.map((c) => c.name)).toContain('lock');
  });

  it('a check that fails on something unforeseen is reported as such, and the next check still runs', async () => {
    const w = await stocked();
    writeFileSync(w.file('state', 'timer.json'), '{"version":1,"entry":null}\n');
    const boom = { name: 'boom', covers: 'nothing', run: (): never => { throw new TypeError('unforeseen'); } };
    const slow = { name: 'slow', covers: 'nothing', prepare: async (): Promise<void> => { throw new RangeError('while reading'); }, run: () => [] };
    const results = await runDoctor(new Store(w.ctx), false, [folder, boom, slow, timer]);
    expect(results.map((r) => r.name)).toEqual(['folder', 'boom', 'slow', 'timer']);
    expect(results[1]!.findings[0]!.problem).toBe('the boom check could not finish: unforeseen');
    expect(results[2]!.findings[0]!.problem).toBe('the slow check could not finish: while reading');
    expect(results[3]!.findings).toHaveLength(1);
  });
});

describe('the journal', () => {
  it('a line that is no record is a note, not damage: the next fold moves it to quarantine/', async () => {
    const w = await stocked();
    appendFileSync(w.file('journal.ndjson'), 'garbage line\n{"id":"x","kind":"entry"}\n');
    const { code, doc } = await doctorJson(w);
    expect(code).toBe(0);
    expect(doc.checks.find((c) => c.name === 'journal')!.findings).toEqual([expect.objectContaining({ severity: 'notice' })]);
  });
});
