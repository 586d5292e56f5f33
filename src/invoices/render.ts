// Renders an invoice through templates/invoice/invoice.<format> (or a user's own template), with the
// escaping of that format.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvError, UsageError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { readUserText } from '../platform/user-file.ts';
import type { Invoice } from './model.ts';
import { renderTemplate } from './template.ts';
import { invoiceView } from './view.ts';

export type RenderFormat = 'md' | 'csv' | 'html';

export const ESCAPES: Record<RenderFormat, (s: string) => string> = {
  html: (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
  csv: (s) => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s),
  md: (s) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' '),
};

/** The folder of the shipped templates: beside dist/ in a package, beside src/ in a checkout. */
export function templatesDir(fs: Fs): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates', 'invoice');
    if (fs.existsSync(join(candidate, 'invoice.html'))) return candidate;
    dir = dirname(dir);
  }
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
