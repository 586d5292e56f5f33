// Where an invoice goes after it is made or looked up: rendered (md, csv, html) to stdout or --out,
// as a PDF to --out, or as its JSON document.
import { extname } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { DataError, EnvError, TtError, UsageError } from '../core/errors.ts';
import { checkOut, madeFolders, writeOut, type OutTarget } from '../store/out-file.ts';
import { printJson } from '../ui/entry-json.ts';
import type { Invoice } from './model.ts';
import { renderInvoice, templatesDir, type RenderFormat } from './render.ts';

export type OutputFormat = RenderFormat | 'pdf' | 'json';
const FORMATS: readonly OutputFormat[] = ['md', 'csv', 'html', 'pdf', 'json'];

export interface OutputFlags {
  format?: string;
  out?: string;
  template?: string;
  json?: boolean;
  force?: boolean;
  mkdir?: boolean;
}

/** --format, else the --out file's extension, else Markdown. A PDF goes to a file: it needs --out. */
export function outputFormat(o: OutputFlags): OutputFormat {
  const given = o.format ?? (o.out ? extname(o.out).slice(1).toLowerCase().replace(/^markdown$/, 'md').replace(/^htm$/, 'html') : 'md');
  if (!FORMATS.includes(given as OutputFormat)) {
    if (o.format === undefined) return 'md';
    throw new UsageError(`--format: "${o.format}" is not an invoice format`, 'Use md, csv, html, pdf or json.');
  }
  if (given === 'pdf' && !o.out) throw new UsageError('a PDF invoice is written to a file: give --out', 'Like --out invoice.pdf (add --force to replace a file).');
  if (given === 'pdf' && o.template) throw new UsageError('--template is for md, csv and html; the PDF has its own layout', 'Leave --template out, or render --format html with it.');
  return given as OutputFormat;
}

export async function invoiceBytes(ctx: Ctx, inv: Invoice, format: OutputFormat, template?: string): Promise<string | Uint8Array> {
  if (format === 'json') return `${JSON.stringify(inv, null, 2)}\n`;
  if (format !== 'pdf') return renderInvoice(ctx.fs, inv, format, template);
  // pdfkit and fontkit cost a fifth of a second to load: only a PDF loads them.
  const { invoicePdf } = await import('./pdf/invoice-pdf.ts');
  try {
    return await invoicePdf(ctx, inv, templatesDir(ctx.fs));
  } catch (err) {
    throw ownError(err);
  }
}

/**
 * The PDF renderer's errors as this bundle's classes. The built CLI loads the renderer from a bundle
 * of its own (dist/pdf.cjs, see scripts/build.mjs), which has error classes of its own: the CLI's
 * boundary, checking `instanceof TtError`, would take a missing font for a bug (exit 70).
 */
function ownError(err: unknown): unknown {
  if (err instanceof TtError || !(err instanceof Error) || typeof (err as TtError).exitCode !== 'number') return err;
  const hint = (err as TtError).hint;
  const made = { EnvError: () => new EnvError(err.message, hint), UsageError: () => new UsageError(err.message, hint), DataError: () => new DataError(err.message, hint) }[err.name];
  return made ? made() : err;
}

/** --out checked (store/out-file.ts) before the command records or renders anything; null without --out. */
export function invoiceTarget(ctx: Ctx, o: OutputFlags): OutTarget | null {
  return o.out ? checkOut(ctx, o.out, o) : null;
}

/**
 * Writes the rendered invoice to the --out target (then returns how to name it: the path, and any
 * folder made for it) or stdout. With --json, stdout carries only the JSON document, and the
 * rendering goes to --out when one is given.
 */
export async function emitInvoice(ctx: Ctx, inv: Invoice, o: OutputFlags, target: OutTarget | null): Promise<string | null> {
  const format = outputFormat(o);
  if (target) writeOut(ctx, target, await invoiceBytes(ctx, inv, format, o.template));
  if (o.json) printJson(ctx.out, inv);
  else if (!target) ctx.out((await invoiceBytes(ctx, inv, format, o.template)) as string);
  return target ? `${o.out}${madeFolders(target)}` : null;
}
