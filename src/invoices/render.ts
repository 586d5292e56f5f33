// Renders an invoice through templates/invoice/invoice.<format> (or a user's own template), with the
// escaping of that format.
import { join } from 'node:path';
import { EnvError, UsageError } from '../core/errors.ts';
import { guardCell } from '../core/csv-guard.ts';
import { inert, visible } from '../core/visible.ts';
import type { Fs } from '../platform/fs.ts';
import { ownFolderWith } from '../platform/own-files.ts';
import { readUserText } from '../platform/user-file.ts';
import type { Invoice } from './model.ts';
import { renderTemplate } from './template.ts';
import { invoiceView } from './view.ts';

export type RenderFormat = 'md' | 'csv' | 'html';

export const ESCAPES: Record<RenderFormat, (s: string) => string> = {
  // Control characters are shown (`\u001b`), not written: an invoice file may well be `cat` to a terminal.
  html: (s) => inert(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
  csv: (cell) => {
    const s = guardCell(cell); // a cell a spreadsheet would run as a formula gets a leading '
    return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  },
  md: markdownText,
};

/**
 * A value as Markdown text that shows as itself: every character that could start markup inline
 * (raw HTML `<`, a link or image `[`, code, emphasis, a table's `|`, an entity `&`) gets a backslash,
 * which CommonMark allows before any punctuation; so `<script>` and `[x](javascript:...)` are shown,
 * not run. Values that begin a line of their own (the sender's lines, the footer) must not begin a
 * block either: a heading, a list item or a rule. One line, for table cells; other control
 * characters are shown as `\u001b` and the like.
 */
export function markdownText(s: string): string {
  return visible(s.replace(/\r\n?|\n/g, ' '))
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)(#{1,6}(?=\s|$)|[-+=](?=[\s=-]*$|\s))/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** The folder of the shipped templates: beside dist/ in a package, beside src/ in a checkout. */
export function templatesDir(fs: Fs): string {
  const root = ownFolderWith(join('templates', 'invoice', 'invoice.html'));
  if (root && fs.existsSync(join(root, 'templates', 'invoice', 'invoice.html'))) return join(root, 'templates', 'invoice');
  throw new EnvError('the invoice templates are missing from this installation of tt', 'Reinstall tt: templates/invoice/ ships with it.');
}

function ownTemplate(fs: Fs, path: string): string {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch (err) {
    throw new EnvError(`cannot read tt's template ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'Reinstall tt: templates/invoice/ ships with it.');
  }
}

export function renderInvoice(fs: Fs, inv: Invoice, format: RenderFormat, templateFile?: string): string {
  const path = templateFile ?? join(templatesDir(fs), `invoice.${format}`);
  // The user's template is read like any file they name (a regular file, up to a size cap); tt's own through fs.
  const tpl = templateFile ? readUserText(templateFile, templateFile, { hint: 'Give a template file (see templates/invoice/).', flag: '--template', maxBytes: 1024 * 1024 }).text : ownTemplate(fs, path);
  try {
    return renderTemplate(tpl, invoiceView(inv), ESCAPES[format]);
  } catch (err) {
    throw new UsageError(`${path}: ${(err as Error).message}`, 'Sections open with {{#name}} and close with {{/name}}.');
  }
}
