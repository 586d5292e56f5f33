// What is stored, and what happens when it is damaged; a user's own template; --dry-run on import.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { world, type Tt } from './run.ts';

async function billed(): Promise<Tt> {
  const tt = await world();
  await tt.ok('client', 'add', 'acme', '--rate', '90', '--currency', 'EUR');
  await tt.ok('add', 'acme', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:00:00+01:00');
  await tt.ok('invoice', 'create', '--client', 'acme', '--last-month', '--out', join(tt.ctx.cwd, 'x.md'));
  return tt;
}

const invoiceFiles = (tt: Tt): string[] => {
  const dir = join(tt.ctx.env.TT_HOME!, 'invoices');
  return readdirSync(dir).map((f) => join(dir, f));
};

describe('the invoice store', () => {
  test('one private, versioned JSON document per invoice', async () => {
    const tt = await billed();
    const [file] = invoiceFiles(tt);
    const doc = JSON.parse(readFileSync(file!, 'utf8'));
    expect(doc.version).toBe(2);
    expect(doc.invoice.number).toBe('2026-A001');
    expect(file!.endsWith(`${doc.invoice.id}.json`)).toBe(true);
    expect(statSync(file!).mode & 0o777).toBe(0o600);
  });

  test('a damaged invoice is reported with its path and left as it is; the others still show (exit 3)', async () => {
    const tt = await billed();
    const [file] = invoiceFiles(tt);
    writeFileSync(file!, '{"version": 1, "invoice": {"id": 7}}');
    const r = await tt('invoice', 'list');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${file} is damaged: id:`);
    expect(readFileSync(file!, 'utf8')).toBe('{"version": 1, "invoice": {"id": 7}}');
  });

  test('--template renders through a template of your own, escaped for the format', async () => {
    const tt = await billed();
    const tpl = join(tt.ctx.cwd, 'mine.html');
    writeFileSync(tpl, '<h1>{{number}}</h1>{{#lines}}<p>{{hours}} h {{amount}}</p>{{/lines}}{{#totals}}<b>{{gross}}</b>{{/totals}}');
    expect((await tt.ok('invoice', 'show', '--format', 'html', '--template', tpl)).stdout).toBe('<h1>2026-A001</h1><p>1.00 h €90.00</p><b>€90.00</b>');
    writeFileSync(tpl, '{{#lines}}x');
    const bad = await tt('invoice', 'show', '--format', 'html', '--template', tpl);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${tpl}: Unclosed section "lines"`);
  });

  test('import --dry-run checks the file and records nothing', async () => {
    const tt = await world();
    await tt.ok('client', 'add', 'acme', '--rate', '90', '--currency', 'EUR');
    const path = join(tt.ctx.cwd, 'i.csv');
    writeFileSync(path, 'date,client,project,hours,rate,currency,description\n2026-11-02,acme,,2,90,EUR,x\n');
    expect((await tt.ok('invoice', 'import', path, '--dry-run')).stdout).toContain('Would record invoice (not recorded) for acme, no period: 1 line, 2.00 h, €180.00');
    expect(JSON.parse((await tt.ok('invoice', 'list', '--json')).stdout).invoices).toEqual([]);
  });
});
