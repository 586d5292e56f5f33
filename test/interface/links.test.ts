// The front door stays a front door, and no link in it or in docs/ leads nowhere: README.md is at
// most 12 KB and starts with the two set-up commands; every relative link of README.md and docs/
// names a file that exists and, with a #fragment, a heading in it (GitHub's anchors).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

const anchor = (heading: string): string => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, '-');

function anchors(file: string): Set<string> {
  const out = new Set<string>();
  let fence = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    else if (!fence && /^#+ /.test(line)) out.add(anchor(line.replace(/^#+ /, '')));
  }
  return out;
}

const pages = (): string[] => [
  join(ROOT, 'README.md'),
  ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'docs', f)),
];

describe('README.md and docs/', () => {
  it('README.md is a front door: at most 12 KB, the set-up commands first', () => {
    const readme = join(ROOT, 'README.md');
    expect(statSync(readme).size).toBeLessThanOrEqual(12 * 1024);
    const text = readFileSync(readme, 'utf8');
    const setup = text.indexOf('npm run demo');
    expect(setup).toBeGreaterThan(0);
    expect(setup).toBeLessThan(text.indexOf('npm test'));
    expect(text.slice(0, setup).match(/^## /gm)).toHaveLength(1); // one paragraph, then the set-up
  });

  it('every relative link leads to a file and a heading that exist', () => {
    const broken: string[] = [];
    for (const page of pages()) {
      for (const [, link] of readFileSync(page, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(link!)) continue;
        const [path, fragment] = link!.split('#');
        const target = path ? normalize(join(dirname(page), path)) : page;
        const name = `${page.slice(ROOT.length)}: ${link}`;
        if (!existsSync(target)) broken.push(`${name} (no such file)`);
        else if (fragment && target.endsWith('.md') && !anchors(target).has(fragment)) broken.push(`${name} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
