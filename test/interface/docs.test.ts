// The parts of docs/interface.md made from the code (config keys, --json shapes) are what the code
// makes now: a key or a field added in the code and not in the page fails, naming the part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillInterface } from '../../src/interface/generated.ts';
import { CONFIG_KEYS } from '../../src/core/config-keys.ts';
import { ROOT } from '../helpers/cli.ts';

const PAGE = join(ROOT, 'docs', 'interface.md');

describe('docs/interface.md', () => {
  it('shows the config keys and the --json shapes as the code has them', () => {
    const page = readFileSync(PAGE, 'utf8');
    const made = fillInterface(page);
    const part = (text: string, name: string): string => text.slice(text.indexOf(`<!-- made: ${name}`), text.indexOf('<!-- /made -->', text.indexOf(`<!-- made: ${name}`)));
    for (const name of ['config-keys', 'json-shapes']) {
      expect(page, `docs/interface.md has no "${name}" part`).toContain(`<!-- made: ${name}`);
      expect(part(page, name), `docs/interface.md, ${name}, differs from the code: run \`npm run docs\` and commit it`).toBe(part(made, name));
    }
    for (const key of Object.keys(CONFIG_KEYS)) expect(page).toContain(`| \`${key}\` |`);
  });
});
