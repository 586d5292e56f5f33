// --out writes a file for the user, and only that: never inside the data folder (not through a
// symlink either), never over an existing file without --force, never into a folder that is not
// there without --mkdir; a file that cannot be written is exit 4 with a message, and `invoice
// create` checks all of it before it records anything (issue 12, items 4, 17 and 19).
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { world, type Tt } from './run.ts';

async function billed(): Promise<Tt> {
  const tt = await world();
  await tt.ok('client', 'add', 'acme', '--rate', '90', '--currency', 'EUR');
  await tt.ok('add', 'acme', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:00:00+01:00');
  await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-01..2026-11-15');
  await tt.ok('add', 'acme', '--from', '2026-11-20T09:00:00+01:00', '--to', '2026-11-20T10:00:00+01:00');
  await tt.ok('fold');
  return tt;
}

const home = (tt: Tt): string => tt.ctx.env.TT_HOME!;
const shard = (tt: Tt): string => {
  const dir = join(home(tt), 'events');
  const device = join(dir, readdirSync(dir)[0]!);
  return join(device, readdirSync(device).find((f) => f.endsWith('.json'))!);
};
const invoices = (tt: Tt): string[] => readdirSync(join(home(tt), 'invoices')).sort();
const noStack = /internal error|\n\s+at /;

describe('--out never lands in the data folder', () => {
  test.each(['show', 'create'])('invoice %s --out <a shard>: refused (exit 2), the shard and the invoices untouched', async (verb) => {
    const tt = await billed();
    const target = shard(tt);
    const before = readFileSync(target, 'utf8');
    const had = invoices(tt);
    const args = verb === 'show' ? ['invoice', 'show', '2026-001'] : ['invoice', 'create', '--client', 'acme', '--period', '2026-11-16..2026-11-30'];
    for (const force of [[], ['--force']]) {
      const r = await tt(...args, '--out', target, ...force);
      expect(r.stderr).toContain(`--out ${target} is inside tt's data folder ${home(tt)}`);
      expect(r.code).toBe(2);
      expect(readFileSync(target, 'utf8')).toBe(before);
      expect(invoices(tt)).toEqual(had);
    }
  });

  test('not through a symlinked folder, nor through a relative path from inside it', async () => {
    const tt = await billed();
    const target = shard(tt);
    const before = readFileSync(target, 'utf8');
    const link = join(tt.ctx.cwd, 'looks-harmless');
    symlinkSync(join(home(tt), 'events'), link);
    const through = join(link, target.slice(join(home(tt), 'events').length + 1));
    const r = await tt('invoice', 'show', '--out', through, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is inside tt's data folder");
    tt.ctx.cwd = home(tt);
    const rel = await tt('invoice', 'show', '--out', 'notes.md');
    expect(rel.code).toBe(2);
    expect(existsSync(join(home(tt), 'notes.md'))).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });
});

describe('--out replaces a file only with --force, and makes folders only with --mkdir', () => {
  test('an existing file is refused without --force and left as it was; --force replaces it', async () => {
    const tt = await billed();
    const out = join(tt.ctx.cwd, 'mine.md');
    writeFileSync(out, 'my own notes\n');
    const r = await tt('invoice', 'show', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${out} exists`);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('my own notes\n');
    await tt.ok('invoice', 'show', '--out', out, '--force');
    expect(readFileSync(out, 'utf8')).toContain('# Invoice 2026-001');
  });

  test('invoice create with an existing --out records nothing', async () => {
    const tt = await billed();
    const out = join(tt.ctx.cwd, 'mine.md');
    writeFileSync(out, 'my own notes\n');
    const had = invoices(tt);
    const r = await tt('invoice', 'create', '--client', 'acme', '--period', '2026-11-16..2026-11-30', '--out', out);
    expect(r.code).toBe(2);
    expect(invoices(tt)).toEqual(had);
    expect(readFileSync(out, 'utf8')).toBe('my own notes\n');
  });

  test('a missing folder is named, and made only with --mkdir', async () => {
    const tt = await billed();
    const out = join(tt.ctx.cwd, 'invoices', '2026', 'nov.html');
    const r = await tt('invoice', 'show', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the folder ${join(tt.ctx.cwd, 'invoices')} does not exist`);
    expect(r.stderr).toContain('--mkdir');
    expect(existsSync(join(tt.ctx.cwd, 'invoices'))).toBe(false);
    const made = await tt.ok('invoice', 'show', '--out', out, '--mkdir');
    expect(made.stdout).toContain(`made the folder ${join(tt.ctx.cwd, 'invoices', '2026')}`);
    expect(readFileSync(out, 'utf8')).toContain('<html');
  });

  test('a path that is not a regular file is refused even with --force', async () => {
    const tt = await billed();
    mkdirSync(join(tt.ctx.cwd, 'a-folder.md'));
    const r = await tt('invoice', 'show', '--out', join(tt.ctx.cwd, 'a-folder.md'), '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a regular file');
  });
});

describe('--out that cannot be written', () => {
  test('invoice show --out /proc/x.html: exit 4 with a message, no stack', async () => {
    const tt = await billed();
    const r = await tt('invoice', 'show', '--out', '/proc/x.html');
    expect(r.stderr).not.toMatch(noStack);
    expect(r.stderr).toMatch(/^tt: cannot write \/proc\/x\.html: .*E[A-Z]+/);
    expect(r.code).toBe(4);
  });

  test('invoice create --out /proc/x.html: exit 4 before anything is recorded', async () => {
    const tt = await billed();
    const had = invoices(tt);
    const r = await tt('invoice', 'create', '--client', 'acme', '--period', '2026-11-16..2026-11-30', '--out', '/proc/x.html');
    expect(r.stderr).not.toMatch(noStack);
    expect(r.code).toBe(4);
    expect(invoices(tt)).toEqual(had);
    expect((await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-16..2026-11-30', '--json')).stdout).toContain('"number": "2026-002"');
  });
});
