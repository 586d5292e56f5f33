// The HTML invoice in a real browser: headless Chromium prints it to PDF, poppler's pdftotext reads
// the PDF back, and the totals must be in what the browser rendered, on one A4 page.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { world } from './run.ts';

function findBinary(names: string[]): string | null {
  for (const n of names) {
    const r = spawnSync('sh', ['-c', `command -v ${n}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

const CHROMIUM = findBinary(['chromium', 'chromium-browser', 'google-chrome']);
if (!CHROMIUM) console.warn('test/invoice/html-browser.test.ts: no chromium binary on PATH (Debian: apt-get install chromium); the browser test is skipped');

function printToPdf(html: string): string {
  const pdf = join(tempDir('tt-pdf-'), 'invoice.pdf');
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  execFileSync(CHROMIUM!, [...flags, `--user-data-dir=${tempDir('tt-chromium-')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(html).href], { stdio: 'ignore', timeout: 60_000 });
  return pdf;
}

describe.skipIf(!CHROMIUM)('the HTML invoice in Chromium', () => {
  test('prints on one page with the lines and totals the invoice holds', async () => {
    const tt = await world('2026-12-02T10:00:00Z');
    await tt.ok('client', 'add', 'acme', '--rate', '95', '--currency', 'EUR', '--round', '6m', '--tax', '19%');
    await tt.ok('config', 'set', 'invoice.from', 'Jo Doe\\nMain Street 1\\n10115 Berlin');
    await tt.ok('config', 'set', 'invoice.footer', 'IBAN DE00 1234 5678 9000 · due in 14 days');
    await tt.ok('add', 'acme/web', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T11:58:00+01:00', '--note', 'Checkout <flow> & "cart"');
    await tt.ok('add', 'acme/api', '--from', '2026-11-04T13:00:00+01:00', '--to', '2026-11-04T14:31:00+01:00');
    // A long word squeezes the other columns: a date must still not wrap ("2026-11-" / "30").
    await tt.ok('add', 'acme/ops', '--from', '2026-11-05T09:00:00+01:00', '--to', '2026-11-05T10:00:00+01:00', '--note', `Migrated ${'https://ops.acme.example/runbooks/'.repeat(4)}database-failover-procedure-for-the-billing-cluster and checked it`);
    const html = join(tt.ctx.cwd, 'invoice.html');
    await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-02..2026-11-08', '--out', html);
    const pdf = printToPdf(html);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // 178 min -> 180 min (6-minute steps, up) = 3.0 h × 95 = 285.00; 91 min -> 96 min = 1.6 h × 95 = 152.00.
    // 60 min = 1.0 h × 95 = 95.00. Net 532.00, tax 19 % = 101.08, total 633.08; hours 5.60.
    expect(text).toContain('Invoice 2026-A001');
    expect(text).toMatch(/2026-11-03\s+web\s+3\.00\s+€95\.00\s+€285\.00\s+Checkout <flow> & "cart"/);
    expect(text).toMatch(/2026-11-04\s+api\s+1\.60\s+€95\.00\s+€152\.00/);
    expect(text).toMatch(/2026-11-05\s/);
    // Dates never wrap ("2026-11-" / "30"), in the lines or the header.
    expect(text).not.toMatch(/\d{4}-\d{2}-\s*\n/);
    expect(text).toMatch(/Net\s+€532\.00/);
    expect(text).toMatch(/Tax 19%\s+€101\.08/);
    expect(text).toMatch(/Total EUR\s+€633\.08/);
    expect(text).toContain('Main Street 1');
    expect(text).toContain('IBAN DE00 1234 5678 9000');
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
    expect(pages?.[1]).toBe('1');
    expect(existsSync(html) && readFileSync(html, 'utf8')).not.toMatch(/(src|href)=|url\(/);
  });
});
