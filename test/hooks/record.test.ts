// The journal line format: parsing by hand-made lines, escaping round trips, hostile input.
import { describe, expect, it } from 'vitest';
import { escapeField, unescapeField } from '../../src/store/record-escape.ts';
import { lineId, parseAuthorDate, parseHookLine } from '../../src/store/hook-record.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('parseHookLine', () => {
  it('reads a post-commit line', () => {
    const line = `h1\t4242\t1759.55\tpost-commit\t/home/me/acme-web\tref: refs/heads/main\t${A}\t@1795773836 +0000`;
    expect(parseHookLine(line)).toEqual({
      id: lineId(line),
      v: 1,
      source: 'hook',
      kind: 'commit',
      hook: 'post-commit',
      pid: 4242,
      uptime: 1759.55,
      repo: '/home/me/acme-web',
      branch: 'main',
      sha: A,
      at: '2026-11-27T10:03:56.000Z',
    });
  });

  it('reads post-checkout, post-merge and a split post-rewrite', () => {
    expect(parseHookLine(`h1\t1\t\tpost-checkout\t/r\t${B}\t${B}\t${A}\t${B}\t1`)).toMatchObject({ kind: 'checkout', prev: A, sha: B, fileCheckout: false });
    expect(parseHookLine(`h1\t1\t\tpost-merge\t/r\tref: refs/heads/x\t${A}\t1`)).toMatchObject({ kind: 'merge', squash: true, branch: 'x' });
    expect(parseHookLine(`h1\t1\t2.5\tpost-rewrite\t/r\tref: refs/heads/x\t${B}\trebase\t2\t${A}:${B} ${B}:${A} `)).toMatchObject({
      kind: 'rewrite',
      method: 'rebase',
      part: 2,
      pairs: [[A, B], [B, A]],
    });
  });

  it('reads a shell line', () => {
    expect(parseHookLine('s1\t77\t1795773836\tenter\t/home/me/x')).toMatchObject({ kind: 'enter', source: 'shell', pid: 77, at: '2026-11-27T10:03:56.000Z', repo: '/home/me/x' });
  });

  it('unescapes hostile paths exactly', () => {
    const path = "/tmp/it's \"$(rm -rf ~)\" `id`\tand\nnew\\line ü";
    const r = parseHookLine(`h1\t1\t\tpost-commit\t${escapeField(path)}\tref: refs/heads/f\t${A}\t`);
    expect(r?.repo).toBe(path);
  });

  it('rejects what tt did not write, without throwing', () => {
    const bad = [
      '',
      'h1',
      'h2\t1\t\tpost-commit\t/r\t\t\t',
      'h1\tx\t\tpost-commit\t/r\t\t\t',
      'h1\t1\t\tpre-commit\t/r\t\t\t',
      'h1\t1\t\tpost-commit\trelative\t\t\t',
      'h1\t1\t\tpost-commit\t/r\\q\t\t\t',
      `h1\t1\t\tpost-rewrite\t/r\t\t\tamend\t1\tnot:pairs`,
      's1\t1\tyesterday\tenter\t/r',
      's1\t1\t1795773836\tdance\t/r',
      '\u0000\uFFFF\t\t\t',
    ];
    for (const line of bad) expect(parseHookLine(line)).toBeNull();
    for (let i = 0; i < 300; i++) {
      const junk = Array.from({ length: 1 + (i % 9) }, (_, k) => String.fromCharCode(((i * 7919 + k * 104729) % 700) + 1)).join('\t');
      expect(() => parseHookLine(`h1\t${junk}`)).not.toThrow();
    }
  });

  it('gives two lines two ids and one line one id', () => {
    const a = `h1\t1\t1.00\tpost-commit\t/r\t\t${A}\t`;
    expect(lineId(a)).toBe(lineId(a));
    expect(lineId(a)).not.toBe(lineId(a.replace('1.00', '1.01')));
  });
});

describe('fields', () => {
  it('escape and unescape are inverse', () => {
    for (const s of ['', 'plain', 'a\\b', 'tab\tnew\nline', '\\n literally', '\\\\\t\n']) expect(unescapeField(escapeField(s))).toBe(s);
  });
  it('reads the author dates git hands to post-commit', () => {
    expect(parseAuthorDate('@1795773836 +0000')).toBe(1795773836000);
    expect(parseAuthorDate('2026-11-01T10:00:00+01:00')).toBe(Date.parse('2026-11-01T09:00:00Z'));
    expect(parseAuthorDate('')).toBeNull();
    expect(parseAuthorDate('soon')).toBeNull();
  });
});
