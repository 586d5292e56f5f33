// docs/commands/ is every command's whole `--help` (usage, options, examples), made from the command
// table by `npm run docs`. The pages are made again here, in-process from src/, and a page that says
// something other than `--help` (an option added, an example changed, a command gone) fails, naming
// the command. So the pages are also the snapshot of every command's help as a whole.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram, main } from '../../src/cli.ts';
import { commandPages, commandPaths, pageName } from '../../scripts/command-docs.mjs';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';
import { ROOT } from '../helpers/cli.ts';

const DIR = join(ROOT, 'docs', 'commands');
const makeCtx = (): { ctx: TestCtx; stdout: string[] } => {
  const ctx = testCtx();
  return { ctx, stdout: ctx.stdout };
};

describe('docs/commands', () => {
  it('has a page for every command, each the command\'s --help as it is now', async () => {
    const pages = await commandPages(buildProgram, main, makeCtx);
    expect(pages.size).toBeGreaterThan(40);
    const drifted = [...pages].filter(([name, text]) => !existsSync(join(DIR, name)) || readFileSync(join(DIR, name), 'utf8') !== text).map(([name]) => name);
    const stale = readdirSync(DIR).filter((name) => !pages.has(name));
    const command = new Map(commandPaths(buildProgram(testCtx(), () => {})).map((p) => [pageName(p), `tt ${p.join(' ')}`]));
    const says = (names: string[]): string => names.map((n) => command.get(n) ?? 'tt (the index)').join(', ');
    expect(drifted, `docs/commands/ differs from --help for: ${says(drifted)}. Run \`npm run docs\` and commit docs/commands/.`).toEqual([]);
    expect(stale, `docs/commands/ has pages of commands tt no longer has: ${stale.join(', ')}. Run \`npm run docs\`.`).toEqual([]);
  });

  it('names pages by the command path, so two commands never share one', () => {
    const paths = commandPaths(buildProgram(testCtx(), () => {}));
    expect(paths).toContainEqual(['invoice', 'create']);
    expect(paths).toContainEqual(['sync']);
    expect(paths).toContainEqual(['sync', 'init']);
    expect(new Set(paths.map((p) => p.join('-'))).size).toBe(paths.length);
  });
});
