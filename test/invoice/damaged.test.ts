// A damaged invoices/<id>.json is reported, by path, with exit 3, by every command that reads
// invoices, instead of "no invoices yet"; and its number is never handed out again (issue 12,
// item 19). The file itself is left exactly as it was.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { world, type Tt } from './run.ts';

async function billed(): Promise<{ tt: Tt; file: string }> {
  const tt = await world();
  await tt.ok('client', 'add', 'acme', '--rate', '90', '--currency', 'EUR');
  await tt.ok('add', 'acme', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:00:00+01:00');
  await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-01..2026-11-15');
  const dir = join(tt.ctx.env.TT_HOME!, 'invoices');
  return { tt, file: join(dir, readdirSync(dir)[0]!) };
}

/** Cuts the document short, the way a full disk or a half-synced copy leaves it. */
function truncate(file: string, keep: number): string {
  const text = readFileSync(file, 'utf8').slice(0, keep);
  writeFileSync(file, text);
  return text;
}

describe('a damaged invoice file', () => {
  test.each(['invoice show', 'invoice show 2026-001', 'audit', 'audit --invoice 2026-001'])('tt %s: names the file, exit 3, not "no invoices yet"', async (cmd) => {
    const { tt, file } = await billed();
    const damaged = truncate(file, 200);
    const r = await tt(...cmd.split(' '));
    expect(r.stderr).toContain(`${file} is damaged`);
    expect(r.stderr).not.toMatch(/no invoices? yet|no invoice to audit yet|no invoice has the number/);
    expect(r.code).toBe(3);
    expect(readFileSync(file, 'utf8')).toBe(damaged);
  });

  test('tt invoice list names it and exits 3', async () => {
    const { tt, file } = await billed();
    truncate(file, 200);
    const r = await tt('invoice', 'list');
    expect(r.stderr).toContain(`${file} is damaged`);
    expect(r.code).toBe(3);
  });

  test('invoice create never gives its number again, whether or not the number can still be read', async () => {
    const { tt, file } = await billed();
    await tt.ok('add', 'acme', '--from', '2026-11-20T09:00:00+01:00', '--to', '2026-11-20T10:00:00+01:00');
    // Cut short after its number: the number is still in the text, so the next invoice is 002.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.indexOf('"action"')));
    expect(readFileSync(file, 'utf8')).toContain('"number": "2026-001"');
    const next = await tt('invoice', 'create', '--client', 'acme', '--period', '2026-11-16..2026-11-30', '--json');
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout).number).toBe('2026-002');
  });

  test('a damaged file whose number cannot be read stops invoice create (exit 3, names it, records nothing)', async () => {
    const { tt, file } = await billed();
    await tt.ok('add', 'acme', '--from', '2026-11-20T09:00:00+01:00', '--to', '2026-11-20T10:00:00+01:00');
    truncate(file, 20);
    const before = readdirSync(join(tt.ctx.env.TT_HOME!, 'invoices'));
    const r = await tt('invoice', 'create', '--client', 'acme', '--period', '2026-11-16..2026-11-30');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(file);
    expect(readdirSync(join(tt.ctx.env.TT_HOME!, 'invoices'))).toEqual(before);
    const doctor = await tt('doctor', '--json');
    expect(doctor.code).toBe(3);
    expect(JSON.parse(doctor.stdout).findings).toEqual([{ file, problem: expect.stringContaining('not valid JSON'), repaired: false }]);
  });
});
