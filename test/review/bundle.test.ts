// ink, React and @inkjs/ui stay out of every command but review: the only bundle files that import
// them are reached from review's own chunk, by a dynamic import (start, stop and status stay fast).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

const DIST = join(ROOT, 'dist');
const UI = /from\s*["'](?:ink|react|react\/[^"']+|@inkjs\/ui)["']|import\(["'](?:ink|react|@inkjs\/ui)["']\)/;

describe('the bundle', () => {
  it('loads ink and React only through the review command', () => {
    const files = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    const text = new Map(files.map((f) => [f, readFileSync(join(DIST, f), 'utf8')]));
    const ui = files.filter((f) => UI.test(text.get(f)!));
    expect(ui.length).toBeGreaterThan(0);
    for (const f of ui) {
      const importers = files.filter((g) => g !== f && text.get(g)!.includes(`./${f}`));
      expect({ file: f, importers }).toEqual({ file: f, importers: [expect.stringMatching(/^review-[A-Z0-9]+\.js$/)] });
      // ...and that chunk loads it lazily, when the screen opens.
      expect(text.get(importers[0]!)).toContain(`import("./${f}")`);
    }
    expect(UI.test(text.get('cli.js')!)).toBe(false);
  });
});
