// The parts of docs/interface.md made from the code: the config keys (src/core/config-keys.ts) and
// the --json shapes (json-shapes.ts). `npm run docs` writes them between their markers;
// test/interface/docs.test.ts fails when the page differs from what these make.
import { CONFIG_KEYS, formatConfigValue } from '../core/config-keys.ts';
import { JSON_SHAPES } from './json-shapes.ts';
import { shapeText } from './shape-text.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function configKeysTable(): string {
  const rows = Object.entries(CONFIG_KEYS).map(([key, spec]) => {
    const value = key === 'tz' ? null : formatConfigValue(key, spec.default());
    const shown = key === 'tz' ? 'the system zone' : value === '' ? '(empty)' : `\`${value}\``;
    return `| \`${key}\` | ${cell(shown)} | ${cell(spec.describe)} |`;
  });
  return ['| key | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

export function jsonShapesText(): string {
  return JSON_SHAPES.map(({ command, shape }) => `### \`${command}\`\n\n\`\`\`ts\n${shapeText(shape)}\n\`\`\``).join('\n\n');
}

const PARTS: Record<string, () => string> = { 'config-keys': configKeysTable, 'json-shapes': jsonShapesText };

/** `page` with every `<!-- made: NAME -->…<!-- /made -->` region filled from the code. */
export function fillInterface(page: string): string {
  return page.replace(/(<!-- made: ([a-z-]+) [^>]*-->)[\s\S]*?(<!-- \/made -->)/g, (all, open: string, name: string, close: string) => {
    const make = PARTS[name];
    return make ? `${open}\n${make()}\n${close}` : all;
  });
}
