// Text renderings of a sheet: an aligned terminal table and a GitHub-flavoured Markdown table.
import type { Sheet } from './sheet.ts';

function widths(s: Sheet): number[] {
  const all = [s.headers, ...s.rows, ...(s.total ? [s.total] : [])];
  return s.headers.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  return align === 'right' ? text.padStart(width) : text.padEnd(width);
}

export function renderTable(s: Sheet, style: { bold: (t: string) => string; dim: (t: string) => string } = { bold: (t) => t, dim: (t) => t }): string {
  const w = widths(s);
  const line = (r: string[]): string => r.map((c, i) => pad(c, w[i]!, s.align[i]!)).join('  ').trimEnd();
  const out = [style.bold(line(s.headers)), ...s.rows.map(line)];
  if (s.total) out.push(style.dim(w.map((n) => '-'.repeat(n)).join('  ')), style.bold(line(s.total)));
  return `${out.join('\n')}\n`;
}

/** Pipes in a cell would end it early; Markdown escapes them with a backslash. */
const md = (t: string): string => t.replace(/\|/g, '\\|');

export function renderMarkdown(s: Sheet): string {
  const row = (r: string[]): string => `| ${r.map(md).join(' | ')} |`;
  const rule = `| ${s.align.map((a) => (a === 'right' ? '---:' : ':---')).join(' | ')} |`;
  const out = [row(s.headers), rule, ...s.rows.map(row)];
  if (s.total) out.push(row(s.total.map((c, i) => (i === 0 ? `**${c}**` : c))));
  return `${out.join('\n')}\n`;
}
