// Issue 17 item 12: one message style. commander's errors already read `tt: …` with a hint (main,
// test/e2e/usage-errors.test.ts); tt's own refusals of bad flag combinations and values still said
// what was wrong with no hint line. Every refusal here is `tt: what went wrong`, then an indented
// hint, exit 2.
import { describe, expect, it } from 'vitest';
import { week } from './run.ts';

const REFUSED = [
  ['undo'],
  ['log', '--today', '--week'],
  ['log', '--week', '--since', '2026-12-01'],
  ['log', '--since', '2026-12-05', '--until', '2026-12-01'],
  ['config', 'set', 'idle', 'soon'],
  ['config', 'set', 'currency', 'euros'],
  ['invoice', 'list', '--open', '--paid'],
  ['report', '--chart', '--format', 'csv'],
  ['report', '--estimates', '--rounded'],
  ['client', 'set', 'acme', '--rename', '!x'],
  ['client', 'set', 'acme', '--rename', 'globex'],
  ['add', 'acme', '--form', '10:00'],
  ['stat'],
];

describe('every refusal: tt: what went wrong, then a hint', () => {
  it.each(REFUSED.map((args) => [args.join(' '), args] as const))('tt %s', async (_, args) => {
    const w = await week();
    const r = await w.run([...args]);
    expect(r.code).toBe(2);
    const lines = r.err.split('\n');
    expect(lines[0]).toMatch(/^tt: \S/);
    expect(lines[1]).toMatch(/^ {2}\S/);
  });
});
