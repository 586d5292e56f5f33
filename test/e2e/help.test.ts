// Every command's --help shows examples: walked from the real command table, in-process, so a new
// command without examples fails here. The whole text of every --help is compared with its committed
// page in docs/commands/ (test/e2e/command-docs.test.ts).
import { describe, expect, it } from 'vitest';
import { buildProgram, main } from '../../src/cli.ts';
import { commandPaths } from '../../scripts/command-docs.mjs';
import { testCtx } from '../helpers/ctx.ts';

async function help(path: string[]): Promise<string> {
  const ctx = testCtx();
  expect(await main([...path, '--help'], ctx)).toBe(0);
  return ctx.stdout.join('');
}

describe('help', () => {
  it('has examples for every command', async () => {
    const paths = commandPaths(buildProgram(testCtx(), () => {}));
    expect(paths.length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const p of paths) if (!(await help(p)).includes('Examples:')) missing.push(p.join(' '));
    expect(missing).toEqual([]);
  });

  it('is 80 columns wide when tt does not write to a terminal, whatever the terminal is', async () => {
    // The test process's own stdout a wide terminal: docs/commands/ must not depend on who runs `npm run docs`.
    const { isTTY, columns } = process.stdout;
    Object.assign(process.stdout, { isTTY: true, columns: 200 });
    let text: string;
    try {
      text = await help(['invoice', 'create']);
    } finally {
      Object.assign(process.stdout, { isTTY, columns });
    }
    expect(Math.max(...text.split('\n').filter((l) => !l.startsWith('  tt ')).map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});
