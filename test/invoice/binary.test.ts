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
  expect(again.stderr).toContain('1 of 1 entries of acme from 2026-11-01 to 2026-11-30 are on invoice 2026-A001 already');
  expect(again.stderr).toContain('--unbilled');
  const none = ok(e, ['invoice', 'create', '--client', 'acme', '--last-month', '--unbilled']);
  expect(none.stdout).toContain('Nothing to bill for acme from 2026-11-01 to 2026-11-30');
  expect(JSON.parse(ok(e, ['invoice', 'list', '--json']).stdout).invoices).toHaveLength(1);
});
