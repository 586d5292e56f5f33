// Shell snippets from templates/shell/: the data folder baked in (quoted for that shell), and the
// prompt segment included only with --prompt.
import { readTemplate } from './templates.ts';
import { shellQuote } from '../store/record-escape.ts';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type ShellName = (typeof SHELLS)[number];

/** fish reads '...' with only \\ and \' special. */
export function fishQuote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function renderShell(shell: ShellName, dataDir: string, prompt: boolean): string {
  const quoted = shell === 'fish' ? fishQuote(dataDir) : shellQuote(dataDir);
  const segment = prompt ? readTemplate(`shell/prompt.${shell}`).trimEnd() : '';
  return readTemplate(`shell/tt.${shell}`)
    .replace('@TT_DIR@', () => quoted)
    .replace('@PROMPT@', () => segment);
}
