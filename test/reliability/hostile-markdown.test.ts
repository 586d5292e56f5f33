// Hostile input is data, in invoices a client opens: a note, project or footer holding raw HTML or
// a `javascript:` link is shown as its text in the Markdown and HTML invoices, never as markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';
import { world, type Tt } from '../invoice/run.ts';

const PROJECT = '<img src=x onerror=alert(1)>';
const LINK = '[pay here](javascript:alert(document.cookie))';
const SCRIPT = '<script>alert(1)</script> & *bold* `code` _x_ ~y~ |pipe| \\';
const ESCAPES = 'title\x1b]0;owned\x07 \x1b[2J';
const FOOTER = '# <a href="javascript:steal()">Pay now</a>';
const SENDER = ['- Jo <b>Doe</b>', '1. Main St', '==='];

let tt: Tt;

beforeAll(async () => {
  tt = await world('2026-12-02T10:00:00Z');
  await tt.ok('client', 'add', 'acme', '--rate', '90', '--currency', 'EUR');
  await tt.ok('config', 'set', 'invoice.footer', FOOTER);
  await tt.ok('config', 'set', 'invoice.from', '--', SENDER.join('\\n'));
  await tt.ok('add', `acme/${PROJECT}`, '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T10:00:00+01:00', '--note', LINK);
  await tt.ok('add', 'acme/web', '--from', '2026-11-04T09:00:00+01:00', '--to', '2026-11-04T10:00:00+01:00', '--note', SCRIPT);
  await tt.ok('add', 'acme/ops', '--from', '2026-11-05T09:00:00+01:00', '--to', '2026-11-05T10:00:00+01:00', '--note', ESCAPES);
});

/** What a Markdown reader shows for text with backslash escapes (CommonMark: any ASCII punctuation). */
const shown = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/** A character that Markdown reads as markup unless a backslash stands before it. */
const unescaped = (md: string, chars: string): boolean => new RegExp(`(^|[^\\\\])(\\\\\\\\)*[${chars.replace(/[\]\\^-]/g, '\\$&')}]`).test(md);

describe('Markdown invoices', () => {
  it('escape raw HTML, links, emphasis and line-start markers in every value, and still show the text', async () => {
    const md = (await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-02..2026-11-08', '--format', 'md', '--dry-run')).stdout;
    const lines = md.split('\n');
    const row = (day: string): string => lines.find((l) => l.startsWith(`| ${day} `))!;
    // No raw HTML tag, no link, no code span or emphasis can start in the user's text.
    for (const day of ['2026-11-03', '2026-11-04']) expect(unescaped(row(day), '<>[]`*_~&')).toBe(false);
    expect(shown(row('2026-11-03'))).toContain(`| ${PROJECT} | ${LINK} |`);
    expect(shown(row('2026-11-04'))).toContain(`| web | ${SCRIPT} |`);
    // The footer and the sender's lines start lines of their own: no heading, list or rule.
    const footer = lines.find((l) => l.includes('Pay now'))!;
    expect(footer.startsWith('#')).toBe(false);
    expect(unescaped(footer, '<>[]')).toBe(false);
    expect(shown(footer)).toBe(FOOTER);
    const sender = SENDER.map((s) => lines.find((l) => shown(l).trimEnd() === s));
    expect(sender.every(Boolean)).toBe(true);
    expect(sender.map((l) => /^(- |1\. |===)/.test(l!))).toEqual([false, false, false]);
  });

  it('Markdown and HTML files show control characters instead of holding them', async () => {
    const dir = tempDir();
    for (const format of ['md', 'html']) {
      const file = join(dir, `invoice.${format}`);
      await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-02..2026-11-08', '--out', file, '--dry-run');
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      expect(text).toContain('title');
      expect(text).toMatch(/title\\{1,2}u001b\\?\]0;owned/);
    }
  });

  it('HTML invoices show the same text as text', async () => {
    const html = (await tt.ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-02..2026-11-08', '--format', 'html', '--dry-run')).stdout;
    expect(html).not.toMatch(/<(script|img|a|b)[\s>]/i);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('&#60;a href=&#34;javascript:steal()&#34;&#62;Pay now&#60;/a&#62;');
  });
});
