// Usage errors, commander's included, read like every other error of tt: `tt: what went wrong`, then
// an indented hint, exit 2. An unknown option is named (with the options it may have meant) even
// when a required option is missing too, and an unknown command lists every command close to it.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { testCtx } from '../helpers/ctx.ts';

async function run(args: string[]): Promise<{ code: number; lines: string[]; stdout: string }> {
  const ctx = testCtx();
  const code = await main(args, ctx);
  return { code, lines: ctx.stderr.join('').split('\n').filter(Boolean), stdout: ctx.stdout.join('') };
}

describe('usage errors', () => {
  it('names an unknown option before a missing required one, and says which option was meant', async () => {
    const r = await run(['add', 'acme', '--form', '10:00']);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe("tt: unknown option '--form'");
    expect(r.lines[1]).toMatch(/^ {2}Did you mean --from\? /);
    expect(r.lines[1]).toContain('tt add --help');
    expect(r.lines).toHaveLength(2);
  });

  it('suggests every command close to an unknown one', async () => {
    const r = await run(['stat']);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe("tt: unknown command 'stat'");
    expect(r.lines[1]).toMatch(/^ {2}Did you mean start or status\? /);
    const sub = await run(['client', 'ad', 'acme']);
    expect(sub.lines[0]).toBe("tt: unknown command 'ad'");
    expect(sub.lines[1]).toMatch(/^ {2}Did you mean add\? .*tt client --help/);
  });

  it('says which required option is missing, with where to read about it', async () => {
    const r = await run(['add', 'acme', '--from', '10:00']);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual(["tt: required option '--to <time>' not specified", '  See `tt add --help`.']);
  });

  it('words every other usage error the same way', async () => {
    for (const args of [['client', 'add'], ['log', 'extra'], ['export', '--format', 'xml'], ['stop', '--at'], ['start', 'acme', '--bogus'], ['bogus']]) {
      const r = await run(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.lines).toHaveLength(2);
      expect(r.lines[0]).toMatch(/^tt: \S/);
      expect(r.lines[1]).toMatch(/^ {2}\S/);
      expect(r.lines.join('\n')).not.toMatch(/error:|\(Did you mean/);
    }
  });
});
