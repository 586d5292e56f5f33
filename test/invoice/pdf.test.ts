// PDF invoices as a client reads them: poppler's pdftotext finds the legal names, both VAT ids, the
// due date, every line and the totals in the PDF tt made in-process; pdftoppm renders page one and
// it is not blank. A Greek client and a Japanese one: Greek from the shipped font, Japanese from a
// font of the machine (here a subset named in TT_FONTS). Needs Debian poppler-utils.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readGrayPng } from '../helpers/png.ts';
import { world, type Tt } from './run.ts';

const POPPLER = spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdftoppm'], { encoding: 'utf8' }).status === 0;
if (!POPPLER) console.warn('test/invoice/pdf.test.ts: pdftotext/pdftoppm missing (Debian: apt-get install poppler-utils); the PDF tests are skipped');

const CJK_FONT = join(import.meta.dirname, '..', 'fixtures', 'fonts', 'NotoSansCJKjp-subset.otf');
const LONG = 'Reworked the checkout flow so that a customer who changes the delivery address after choosing a payment method is asked again for the shipping option, with tests for every country we ship to';

let tt: Tt;

const text = (pdf: string, ...flags: string[]): string => execFileSync('pdftotext', [...flags, pdf, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  tt = await world('2026-12-02T10:00:00Z');
  tt.ctx.env.TT_FONTS = CJK_FONT;
  for (const [k, v] of Object.entries({
    'seller.name': 'Jo Doe Software',
    'seller.street': 'Hauptstraße 5',
    'seller.postcode': '10115',
    'seller.city': 'Berlin',
    'seller.country': 'DE',
    'seller.vatId': 'DE 123 456 789',
    'seller.iban': 'DE89 3704 0044 0532 0130 00',
    'seller.bic': 'COBADEFFXXX',
    'seller.email': 'jo@example.com',
  })) {
    await tt.ok('config', 'set', k, v);
  }
  await tt.ok('client', 'add', 'hellas', '--rate', '100', '--currency', 'EUR', '--bill-to-name', 'Ελληνικά Συστήματα Α.Ε.', '--street', 'Οδός Αθηνάς 12', '--postcode', '10551', '--city', 'Αθήνα', '--country', 'GR', '--vat-id', 'EL123456789', '--email', 'ap@hellas.example', '--tax-mode', 'reverse-charge', '--terms', '30d', '--po', 'PO-77');
  await tt.ok('add', 'hellas/analysis', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T11:30:00+01:00', '--note', 'Ανάλυση απαιτήσεων');
  await tt.ok('add', 'hellas/web', '--from', '2026-11-04T10:00:00+01:00', '--to', '2026-11-04T11:15:00+01:00', '--note', LONG);
  await tt.ok('client', 'add', 'nippon', '--rate', '12346', '--currency', 'JPY', '--tax', '10%', '--bill-to-name', '株式会社サンプル', '--city', '東京都千代田区', '--country', 'JP');
  await tt.ok('add', 'nippon/paging', '--from', '2026-11-06T09:00:00+01:00', '--to', '2026-11-06T11:30:00+01:00', '--note', 'ページング機能の修正');
  await tt.ok('add', 'nippon', '--from', '2026-11-07T13:00:00+01:00', '--to', '2026-11-07T13:20:00+01:00');
});

describe.skipIf(!POPPLER)('PDF invoices', () => {
  test('a reverse-charge invoice to a Greek client: names, VAT ids, due date, lines, totals, wording', async () => {
    const pdf = join(tt.ctx.cwd, 'hellas.pdf');
    const r = await tt.ok('invoice', 'create', '--client', 'hellas', '--period', '2026-11-02..2026-11-08', '--out', pdf);
    expect(r.stdout).toContain(`Recorded invoice 2026-A001 for hellas`);
    const t = text(pdf, '-layout');
    expect(t).toContain('Invoice 2026-A001');
    expect(t).toContain('Ελληνικά Συστήματα Α.Ε.');
    expect(t).toContain('Οδός Αθηνάς 12');
    expect(t).toContain('10551 Αθήνα');
    expect(t).toContain('Greece');
    expect(t).toContain('VAT id EL123456789');
    expect(t).toContain('Jo Doe Software');
    expect(t).toContain('VAT id DE123456789');
    expect(t).toMatch(/Issue date\s+2026-12-02/);
    expect(t).toMatch(/Service period\s+2026-11-02 to 2026-11-08/);
    expect(t).toMatch(/Due date\s+2027-01-01 \(Net 30\)/);
    expect(t).toMatch(/Purchase order\s+PO-77/);
    // 2.5 h × €100 and 1.25 h × €100; reverse charge: VAT 0 %.
    expect(t).toMatch(/2026-11-03\s+analysis\s+2\.50\s+€100\.00\s+€250\.00/);
    expect(t).toContain('Ανάλυση απαιτήσεων');
    expect(t).toMatch(/2026-11-04\s+web\s+1\.25\s+€100\.00\s+€125\.00/);
    expect(t).toMatch(/Net\s+€375\.00/);
    expect(t).toMatch(/VAT 0% \(reverse charge\)\s+€0\.00/);
    expect(t).toMatch(/Total EUR\s+€375\.00/);
    expect(t).toContain('Steuerschuldnerschaft des Leistungsempfängers');
    expect(t).toContain('Please pay €375.00 by 2027-01-01, quoting invoice 2026-A001.');
    expect(t).toContain('IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX');
    // The long note wraps inside its column; no date is ever cut ("2026-11-" / "30").
    const plain = text(pdf);
    expect(plain.replace(/\s+/g, ' ')).toContain(LONG);
    expect(plain.split('\n').some((l) => l.trim() === LONG)).toBe(false);
    expect(t).not.toMatch(/\d{4}-\d{2}-?\s*\n/);
    // The font is embedded, as a subset.
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/\+NotoSans-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  test('page one renders, and is neither blank nor a black box', async () => {
    const pdf = join(tt.ctx.cwd, 'hellas.pdf');
    const prefix = join(tt.ctx.cwd, 'page');
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    const { width, height, pixels } = readGrayPng(readFileSync(`${prefix}.png`));
    expect([width, height]).toEqual([331, 468]); // A4 at 40 dpi
    const ink = pixels.filter((p) => p < 160).length / pixels.length;
    expect(ink).toBeGreaterThan(0.005);
    expect(ink).toBeLessThan(0.25);
    // Ink in the top third (header) and in the middle (lines): a laid-out page, not a stray mark.
    const rows = (from: number, to: number): number => pixels.subarray(Math.floor(height * from) * width, Math.floor(height * to) * width).filter((p) => p < 160).length;
    expect(rows(0, 0.33)).toBeGreaterThan(200);
    expect(rows(0.33, 0.66)).toBeGreaterThan(50);
  });

  test('a Japanese client in yen: whole yen, VAT also in EUR, Japanese set in a font of the machine', async () => {
    const pdf = join(tt.ctx.cwd, 'nippon.pdf');
    // Yen VAT from a German seller: the EUR amount is required.
    const refused = await tt('invoice', 'create', '--client', 'nippon', '--period', '2026-11-02..2026-11-08', '--out', pdf);
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining('the VAT on this JPY invoice must also be shown in EUR')]);
    expect(existsSync(pdf)).toBe(false);
    await tt.ok('invoice', 'create', '--client', 'nippon', '--period', '2026-11-02..2026-11-08', '--out', pdf, '--eur-rate', '0.0061');
    const t = text(pdf, '-layout');
    expect(t).toContain('株式会社サンプル');
    expect(t).toContain('東京都千代田区');
    expect(t).toContain('Japan');
    // 2.5 h × ¥12,346 = ¥30,865; 20 min = ¥4,115.33 -> ¥4,115 (no minor unit); VAT 10 % of ¥34,980 = ¥3,498.
    expect(t).toMatch(/2026-11-06\s+paging\s+2\.50\s+¥12,346\s+¥30,865/);
    expect(t).toContain('ページング機能の修正');
    expect(t).toMatch(/2026-11-07\s+Development\s+0\.33\s+¥12,346\s+¥4,115/);
    expect(t).toMatch(/Net\s+¥34,980/);
    expect(t).toMatch(/VAT 10%\s+¥3,498/);
    expect(t).toMatch(/Total JPY\s+¥38,478/);
    // ¥3,498 × 0.0061 = €21.3378 -> €21.34
    expect(t).toMatch(/VAT in EUR \(1 JPY = 0\.0061 EUR\)\s+€21\.34/);
    expect(t).toMatch(/Due date\s+2026-12-16 \(Net 14\)/);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/\+NotoSansCJKjp-Regular\s+CID Type 0C\s+Identity-H\s+yes yes yes/);
  });

  test('--out that exists needs --force; a PDF needs --out; both refused before anything is recorded', async () => {
    const pdf = join(tt.ctx.cwd, 'taken.pdf');
    writeFileSync(pdf, 'mine');
    await tt.ok('add', 'hellas/web', '--from', '2026-11-10T10:00:00+01:00', '--to', '2026-11-10T11:00:00+01:00');
    const before = JSON.parse((await tt.ok('invoice', 'list', '--json')).stdout).invoices.length;
    const taken = await tt('invoice', 'create', '--client', 'hellas', '--period', '2026-11-09..2026-11-15', '--out', pdf);
    expect([taken.code, taken.stderr]).toEqual([2, expect.stringContaining('exists; tt does not replace it')]);
    expect(readFileSync(pdf, 'utf8')).toBe('mine');
    const stdout = await tt('invoice', 'show', '2026-A001', '--format', 'pdf');
    expect([stdout.code, stdout.stderr]).toEqual([2, expect.stringContaining('a PDF invoice is written to a file: give --out')]);
    expect(JSON.parse((await tt.ok('invoice', 'list', '--json')).stdout).invoices.length).toBe(before);
    await tt.ok('invoice', 'show', '2026-A001', '--out', pdf, '--force');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('text no font on the machine has is refused with the characters and where they are', async () => {
    await tt.ok('client', 'add', 'odd', '--rate', '100', '--currency', 'EUR', '--tax', '19%', '--bill-to-name', 'Firma \u0378\u0379');
    await tt.ok('add', 'odd', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:00:00+01:00');
    const pdf = join(tt.ctx.cwd, 'odd.pdf');
    const r = await tt('invoice', 'create', '--client', 'odd', '--period', '2026-11-02..2026-11-08', '--out', pdf, '--dry-run');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("tt: no font on this machine has the characters \u0378\u0379 (the client's name); the PDF was not written");
    expect(r.stderr).toContain('TT_FONTS');
    expect(existsSync(pdf)).toBe(false);
  });
});
