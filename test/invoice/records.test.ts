// An issued invoice is a record: its file is written once and never changed (what happens later is
// a status record of its own); invoiced entries change only with --force, which notes it; `tt undo`
// never takes an invoice back; numbers come from this device's series and are never given twice;
// invoices written by the tt before this (version 1, entries marked by events) still count.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DataError } from '../../src/core/errors.ts';
import type { Invoice } from '../../src/invoices/model.ts';
import { writeInvoice } from '../../src/invoices/store.ts';
import { makeFs } from '../../src/platform/fs.ts';
import { Transaction } from '../../src/store/transaction.ts';
import { world, type Tt } from './run.ts';

async function billed(): Promise<Tt> {
  const tt = await world('2026-12-02T10:00:00Z');
  await tt.ok('client', 'add', 'acme', '--rate', '90', '--currency', 'EUR');
  await tt.ok('add', 'acme/web', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:00:00+01:00');
  await tt.ok('add', 'acme/web', '--from', '2026-11-04T09:00:00+01:00', '--to', '2026-11-04T10:00:00+01:00');
  return tt;
}

const home = (tt: Tt): string => tt.ctx.env.TT_HOME!;
const invoiceFiles = (tt: Tt): string[] => (existsSync(join(home(tt), 'invoices')) ? readdirSync(join(home(tt), 'invoices')).filter((f) => f.endsWith('.json')) : []);
const create = (tt: Tt, ...more: string[]) => tt('invoice', 'create', '--client', 'acme', '--period', '2026-11-01..2026-11-30', ...more);

describe('write once', () => {
  test('sent, paid and void leave the invoice file byte for byte as it was; their records are appended per device', async () => {
    const tt = await billed();
    const inv = JSON.parse((await create(tt, '--json')).stdout) as Invoice;
    const file = join(home(tt), 'invoices', `${inv.id}.json`);
    const before = readFileSync(file, 'utf8');
    await tt.ok('invoice', 'sent', inv.number, '--on', '2026-12-01');
    await tt.ok('invoice', 'paid', inv.number, '--amount', '50');
    await tt.ok('invoice', 'void', inv.number, '--out', join(tt.ctx.cwd, 'cancel.md'));
    expect(readFileSync(file, 'utf8')).toBe(before);
    const device = readFileSync(join(home(tt), 'device'), 'utf8').trim();
    const records = readFileSync(join(home(tt), 'invoices', 'events', `${device}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(records.map((r) => [r.kind, r.invoice, r.on, r.amount, r.device])).toEqual([
      ['sent', inv.id, '2026-12-01', undefined, device],
      ['paid', inv.id, '2026-12-02', 50, device],
      ['void', inv.id, '2026-12-02', undefined, device],
    ]);
    // The cancellation document is a second record of its own, numbered from the same series.
    expect(invoiceFiles(tt)).toHaveLength(2);
    expect(readFileSync(join(tt.ctx.cwd, 'cancel.md'), 'utf8')).toContain('# Cancellation of invoice 2026-A001 of 2026-12-02');
  });

  test('a damaged record line is named (exit 3) and kept; a line a failed write cut short is only mentioned', async () => {
    const tt = await billed();
    await create(tt);
    await tt.ok('invoice', 'paid', '2026-A001', '--amount', '10');
    const device = readFileSync(join(home(tt), 'device'), 'utf8').trim();
    const file = join(home(tt), 'invoices', 'events', `${device}.jsonl`);
    appendFileSync(file, '\n{"id": "X", "invoice": "Y", "kind": "refund"}\n{"id": "Z", "inv\n');
    const text = readFileSync(file, 'utf8');
    const r = await tt('invoice', 'list');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${file} line 4 is damaged`);
    expect(r.stderr).toContain(`${file} line 5 is not a whole record (a write that failed)`);
    // The good record still counts.
    expect(r.stdout).toContain('paid €10.00');
    const doctor = await tt('doctor');
    expect(doctor.code).toBe(3);
    expect(doctor.stdout).toContain('line 4 is damaged');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('an invoice file that exists is never replaced', () => {
    const dir = join(process.env.TMPDIR ?? '/tmp', `tt-once-${process.pid}-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    const fs = makeFs({});
    const inv = { id: 'X1', number: 'N1' } as Invoice;
    new Transaction(fs).run((tx) => writeInvoice(tx, dir, inv));
    const text = readFileSync(join(dir, 'X1.json'), 'utf8');
    expect(() => new Transaction(fs).run((tx) => writeInvoice(tx, dir, { ...inv, number: 'N2' }))).toThrow(DataError);
    expect(readFileSync(join(dir, 'X1.json'), 'utf8')).toBe(text);
    // Nor one this transaction wrote already.
    const twice = { ...inv, id: 'X2' };
    expect(() => new Transaction(fs).run((tx) => { writeInvoice(tx, dir, twice); writeInvoice(tx, dir, { ...twice, number: 'N3' }); })).toThrow(DataError);
    expect(existsSync(join(dir, 'X2.json'))).toBe(false);
  });
});

describe('invoiced entries', () => {
  test('edit and delete are refused with the number; --force changes it and notes it on the invoice', async () => {
    const tt = await billed();
    await create(tt);
    const r = await tt('delete', '@1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is on invoice 2026-A001');
    expect(r.stderr).toContain('tt invoice void 2026-A001');
    expect((await tt('edit', '@1', '--note', 'x')).code).toBe(2);
    const forced = await tt.ok('delete', '@1', '--force');
    expect(forced.stderr).toContain('invoice 2026-A001 billed it');
    const list = JSON.parse((await tt.ok('invoice', 'list', '--json')).stdout).invoices[0];
    expect(list.notes).toHaveLength(1);
    expect(list.notes[0].text).toMatch(/was deleted with --force .* no longer matches its entries/);
  });

  test('tt undo does not take an invoice back, nor change what it bills', async () => {
    const tt = await billed();
    await create(tt);
    const r = await tt('undo');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('on invoice 2026-A001; nothing was undone');
    expect(r.stderr).toContain('tt invoice void 2026-A001');
    expect(JSON.parse((await tt.ok('log', '--last-month', '--json')).stdout).entries).toHaveLength(2);
  });

  test('void before sent: cancelled, never sent, no document; the number stays used and the entries are free again', async () => {
    const tt = await billed();
    await create(tt);
    const v = await tt.ok('invoice', 'void', '2026-A001');
    expect(v.stdout).toContain('cancelled, never sent');
    expect(invoiceFiles(tt)).toHaveLength(1);
    expect((await tt.ok('invoice', 'list')).stdout).toContain('cancelled, never sent');
    expect((await tt.ok('log', '--last-month')).stdout).not.toContain('[invoiced');
    // Free again: a plain create bills them, under the next number (2026-A001 is never given again).
    const again = JSON.parse((await create(tt, '--json')).stdout) as Invoice;
    expect(again.number).toBe('2026-A002');
    expect(again.entries).toHaveLength(2);
  });
});

describe('numbers', () => {
  test('a lone device gets series A on its first invoice; --dry-run takes neither a number nor the series', async () => {
    const tt = await billed();
    expect((await tt.ok('device', 'series')).stdout).toContain('has no invoice series yet');
    expect((await create(tt, '--dry-run')).stderr).toContain('Would record invoice 2026-A001');
    expect(existsSync(join(home(tt), 'series'))).toBe(false);
    expect(JSON.parse((await create(tt, '--json')).stdout).number).toBe('2026-A001');
    expect(JSON.parse((await tt.ok('device', 'series', '--json')).stdout)).toMatchObject({ series: 'A' });
  });

  test('once another device is known, a device without a series refuses to issue; with one, its numbers are its own', async () => {
    const tt = await billed();
    // Another device's settings arrived by sync.
    mkdirSync(join(home(tt), 'settings'), { recursive: true });
    writeFileSync(join(home(tt), 'settings', 'otherdev01.json'), JSON.stringify({ version: 1, device: 'otherdev01', values: {} }));
    const r = await create(tt);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('shared with another device (otherdev01)');
    expect(r.stderr).toContain('tt device series B');
    expect(invoiceFiles(tt)).toEqual([]);
    expect((await tt('device', 'series', 'b-1')).code).toBe(2);
    await tt.ok('device', 'series', 'b');
    expect(JSON.parse((await create(tt, '--json')).stdout).number).toBe('2026-B001');
  });

  test('a series another device issued numbers in is refused', async () => {
    const tt = await billed();
    const inv = JSON.parse((await create(tt, '--json')).stdout) as Invoice;
    // The same invoice as if another device had issued it in series C.
    const other = { ...inv, id: '01OTHERDEVICEINVOICE000000', device: 'otherdev01', series: 'C', number: '2026-C001' };
    writeFileSync(join(home(tt), 'invoices', `${other.id}.json`), JSON.stringify({ version: 2, invoice: other }));
    const r = await tt('device', 'series', 'C');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('series C is used by another device (otherdev01, invoice 2026-C001)');
  });

  test('a pattern of your own keeps working on a lone device, and is refused once numbers could clash', async () => {
    const tt = await billed();
    await tt.ok('config', 'set', 'invoice.number', 'INV-{seq:4}');
    expect(JSON.parse((await create(tt, '--json')).stdout).number).toBe('INV-0001');
    mkdirSync(join(home(tt), 'events', 'otherdev01'), { recursive: true });
    await tt.ok('add', 'acme', '--from', '2026-11-20T09:00:00+01:00', '--to', '2026-11-20T10:00:00+01:00');
    const r = await tt('invoice', 'create', '--client', 'acme', '--unbilled');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has no {series}');
  });
});

describe('invoices written by the tt before this (version 1)', () => {
  /** A version-1 invoice of the two entries, and the edit events that marked them, as old tt wrote them. */
  async function legacy(): Promise<{ tt: Tt; file: string; text: string }> {
    const tt = await billed();
    const entries = JSON.parse((await tt.ok('log', '--last-month', '--json')).stdout).entries as { id: string }[];
    const id = '01LEGACYINVOICE00000000000';
    const invoice = {
      id,
      number: '2026-001',
      source: 'tt',
      clients: ['acme'],
      from: '2026-11-01',
      to: '2026-11-30',
      issued: '2026-11-30',
      createdAt: '2026-11-30T10:00:00Z',
      lines: [
        { date: '2026-11-03', client: 'acme', project: 'web', hours: 1, trackedHours: 1, rate: 90, currency: 'EUR', amount: 90, description: '' },
        { date: '2026-11-04', client: 'acme', project: 'web', hours: 1, trackedHours: 1, rate: 90, currency: 'EUR', amount: 90, description: '' },
      ],
      tax: [],
      totals: [{ currency: 'EUR', hours: 2, net: 180, tax: 0, gross: 180 }],
      entries: entries.map((e) => e.id),
      action: '01LEGACYACTION000000000000',
      file: null,
      sha256: null,
      sender: '',
      footer: '',
      device: 'olddev0001',
    };
    const file = join(home(tt), 'invoices', `${id}.json`);
    mkdirSync(join(home(tt), 'invoices'), { recursive: true });
    const text = `${JSON.stringify({ version: 1, invoice }, null, 2)}\n`;
    writeFileSync(file, text);
    const device = readFileSync(join(home(tt), 'device'), 'utf8').trim();
    // Ids after every entry's (replay goes in id order): the marking is the most recent action.
    const marks = entries.map((e, i) => ({ id: `7ZZZZZZZZZ000000000000000${i}`, v: 1, device, at: '2026-11-30T10:00:00.000Z', tz: 'Europe/Berlin', source: 'cli', action: invoice.action, kind: 'edit', entry: e.id, set: { invoice: id } }));
    appendFileSync(join(home(tt), 'journal.ndjson'), `\n${JSON.stringify(marks)}\n`);
    // The old default pattern's numbers stay out of the new one's way; this lone device takes series A.
    writeFileSync(join(home(tt), 'series'), 'A\n');
    return { tt, file, text };
  }

  test('it is read as it is: listed, its entries billed, its money in the report, never rewritten', async () => {
    const { tt, file, text } = await legacy();
    expect((await tt.ok('invoice', 'list')).stdout).toContain('2026-001 for acme, 2026-11-01..2026-11-30: 2 lines, 2.00 h, €180.00');
    expect((await tt.ok('log', '--last-month')).stdout.match(/\[invoiced 2026-001\]/g)).toHaveLength(2);
    const refused = await create(tt);
    expect(refused.stderr).toContain('2 of 2 entries of acme from 2026-11-01 to 2026-11-30 are on invoice 2026-001 already');
    await tt.ok('client', 'set', 'acme', '--rate', '200');
    const money = JSON.parse((await tt.ok('report', '--last-month', '--format', 'json')).stdout).totals.money;
    expect(money).toEqual([expect.objectContaining({ currency: 'EUR', invoiced: 180, notInvoiced: 0, open: 180 })]);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('tt undo of its marking says to void it; void frees its entries and leaves its file as it was', async () => {
    const { tt, file, text } = await legacy();
    const u = await tt('undo');
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('`tt undo` does not take invoices back');
    expect(u.stderr).toContain('tt invoice void 01LEGACYINVOICE00000000000');
    await tt.ok('invoice', 'void', '2026-001');
    expect(JSON.parse((await create(tt, '--json')).stdout).number).toBe('2026-A001');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
