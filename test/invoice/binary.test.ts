// The built binary, as a user runs it: an invoice made, shown in `tt log`, and a second invoice over
// the same entries refused with exit 2, while --unbilled says there is nothing left (exit 0).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ok, tt, ttEnv } from '../helpers/cli.ts';

test('tt invoice create twice over the same entries: refused; --unbilled finds nothing left', () => {
  const e = ttEnv({ now: '2026-12-02T10:00:00Z' });
  ok(e, ['config', 'set', 'tz', 'Europe/Berlin']);
  ok(e, ['client', 'add', 'acme', '--rate', '90', '--currency', 'EUR', '--tax', '19%']);
  ok(e, ['add', 'acme/web', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:30:00+01:00']);
  const html = join(e.home, '..', 'nov.html');
  // 1.5 h × 90 = 135.00, tax 19 % = 25.65, total 160.65
  expect(ok(e, ['invoice', 'create', '--client', 'acme', '--last-month', '--out', html]).stdout).toBe(
    `Recorded invoice 2026-A001 for acme, 2026-11-01..2026-11-30: 1 line, 1.50 h, €160.65 (tax €25.65) -> ${html}.\n`,
  );
  expect(readFileSync(html, 'utf8')).toContain('<tr class="gross"><td>Total EUR</td><td class="num">€160.65</td></tr>');
  expect(ok(e, ['log', '--last-month']).stdout).toContain('acme/web [invoiced 2026-A001]');
  const again = tt(e, ['invoice', 'create', '--client', 'acme', '--last-month']);
  expect(again.code).toBe(2);
  expect(again.stdout).toBe('');
  expect(again.stderr).toContain('1 of 1 entry of acme from 2026-11-01 to 2026-11-30 are on invoice 2026-A001 already');
  expect(again.stderr).toContain('--unbilled');
  const none = ok(e, ['invoice', 'create', '--client', 'acme', '--last-month', '--unbilled']);
  expect(none.stdout).toContain('Nothing to bill for acme from 2026-11-01 to 2026-11-30');
  expect(JSON.parse(ok(e, ['invoice', 'list', '--json']).stdout).invoices).toHaveLength(1);
});

test('the built binary makes a PDF, and refuses text no font has with exit 4', () => {
  const e = ttEnv({ now: '2026-12-02T10:00:00Z' });
  ok(e, ['config', 'set', 'tz', 'Europe/Berlin']);
  ok(e, ['client', 'add', 'acme', '--rate', '90', '--currency', 'EUR', '--tax', '19%', '--bill-to-name', 'Ελληνικά Συστήματα Α.Ε.']);
  ok(e, ['add', 'acme/web', '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:30:00+01:00']);
  const pdf = join(e.home, '..', 'nov.pdf');
  ok(e, ['invoice', 'create', '--client', 'acme', '--last-month', '--out', pdf]);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  ok(e, ['client', 'set', 'acme', '--bill-to-name', 'Firma \u0378']);
  const r = tt(e, ['invoice', 'show', '2026-A001', '--out', join(e.home, '..', 'again.pdf')]);
  // The recorded invoice keeps the name it was issued with: it still renders.
  expect(r.code).toBe(0);
  ok(e, ['add', 'acme/web', '--from', '2026-12-01T09:00:00+01:00', '--to', '2026-12-01T10:00:00+01:00']);
  const refused = tt(e, ['invoice', 'create', '--client', 'acme', '--period', '2026-12-01..2026-12-01', '--dry-run', '--out', join(e.home, '..', 'odd.pdf')]);
  expect([refused.code, refused.stderr]).toEqual([4, expect.stringContaining('tt: no font on this machine has the characters \u0378')]);
  expect(refused.stderr).not.toContain('bug');
});
