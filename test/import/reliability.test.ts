// An import is all or nothing: two imports of one file at once add it once, and a disk that fills
// while it writes leaves no part of it behind.
import { describe, expect, it } from 'vitest';
import { ok, tt, ttAsync, ttEnv, ttJson } from '../helpers/cli.ts';
import { corpusFile } from '../helpers/corpus.ts';

interface LogJson {
  entries: { id: string }[];
}
interface Summary {
  added: number;
  skippedByReason: Record<string, number>;
}

const FRAMES = corpusFile('exports', 'watson', 'frames');
const MAP = ['--map', 'project1=acme', '--map', 'project2=acme', '--map', 'project3-A=acme', '--map', 'project3-B=acme', '--map', 'project4=acme'];
const ALL = ['--since', '2018-01-01', '--until', '2026-11-27'];

function world() {
  const e = ttEnv({ now: '2026-11-27T10:00:00Z' });
  ok(e, ['client', 'add', 'acme']);
  return e;
}

describe('import reliability', () => {
  it('three imports of the same file at the same time add it once', async () => {
    const e = world();
    const runs = await Promise.all([1, 2, 3].map(() => ttAsync(e, ['import', 'watson', FRAMES, ...MAP, '--json'])));
    expect(runs.map((r) => [r.code, r.stderr])).toEqual([[0, ''], [0, ''], [0, '']]);
    expect(runs.reduce((n, r) => n + (JSON.parse(r.stdout) as Summary).added, 0)).toBe(10);
    expect(ttJson<LogJson>(e, ['log', ...ALL]).entries).toHaveLength(10);
  });

  it('a disk that fills during an import writes none of it; running it again adds all', () => {
    // Let the first N writes succeed, for growing N, so the failure falls on each write in turn.
    let failures = 0;
    for (let n = 0; n <= 30; n++) {
      const e = world();
      const r = tt(e, ['import', 'watson', FRAMES, ...MAP], { TT_FAULT: 'ENOSPC', TT_FAULT_AFTER: String(n) });
      if (r.code === 0) break;
      failures++;
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('the disk is full');
      expect(ttJson<LogJson>(e, ['log', ...ALL]).entries).toEqual([]);
      const again = ttJson<Summary>(e, ['import', 'watson', FRAMES, ...MAP]);
      expect(again).toMatchObject({ added: 10, skippedByReason: {} });
    }
    expect(failures).toBeGreaterThan(0);
  });
});
