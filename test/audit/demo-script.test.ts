// Issue 17 item 14: `npm run demo` said "Two weeks" but showed one, and deleted its data at the end.
// It now says what each week holds, keeps the folder, prints how to explore it (week two is for
// `tt review`), and still ends with the $480 and the invoice that bills it. Runs the real script.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.ts';

describe('npm run demo', () => {
  it('keeps its folder, says how to explore it, and ends with the $480 invoice', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'demo.mjs')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const root = /The demo's data is kept in (\S+) /.exec(out)?.[1];
    try {
      expect(out).toMatch(/^Two weeks of .*Week one \(2-8 Nov\) is tracked and invoiced\..*Week two \(9-13 Nov\) has commits and no entries yet/);
      expect(root && existsSync(join(root, 'data'))).toBeTruthy();
      const explore = `TT_HOME=${root}/data TT_NOW=2026-11-16T09:00:00Z tt review --last-week`;
      expect(out).toContain(`  ${explore}\n`);
      expect(out.trimEnd().split('\n').at(-1)).toBe('now invoiced: $480.00 net on invoice 2026-A002 (unpaid)');
      expect(out).toContain('2026-A002 for acme, 2026-11-02..2026-11-08: 1 line, 8.00 h, $480.00');
      // The printed command works on the kept folder: week two's drafts.
      const r = spawnSync(process.execPath, [BIN, 'review', '--last-week'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TT_HOME: `${root}/data`, TT_NOW: '2026-11-16T09:00:00Z', NO_COLOR: '1' } });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Review 2026-11-09\.\.2026-11-15 \(Europe\/Berlin\): 9 drafts/);
    } finally {
      if (root?.includes('tt-demo-')) rmSync(root, { recursive: true, force: true });
    }
  }, 240_000);
});
