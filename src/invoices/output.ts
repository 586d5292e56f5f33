// Where an invoice goes after it is made or looked up: rendered (md, csv, html) to stdout or --out,
// or as its JSON document.
import { extname } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { UsageError } from '../core/errors.ts';
import { checkOut, madeFolders, writeOut, type OutTarget } from '../store/out-file.ts';
import { printJson } from '../ui/entry-json.ts';
import type { Invoice } from './model.ts';
import { renderInvoice, type RenderFormat } from './render.ts';

export type OutputFormat = RenderFormat | 'json';
const FORMATS: readonly OutputFormat[] = ['md', 'csv', 'html', 'json'];

export interface OutputFlags {
  format?: string;
  out?: string;
  template?: string;
  json?: boolean;
  force?: boolean;
  mkdir?: boolean;
}

/** --format, else the --out file's extension, else Markdown. */
export function outputFormat(o: OutputFlags): OutputFormat {
  const given = o.format ?? (o.out ? extname(o.out).slice(1).toLowerCase().replace(/^markdown$/, 'md').replace(/^htm$/, 'html') : 'md');
  if (!FORMATS.includes(given as OutputFormat)) {
    if (o.format === undefined) return 'md';
    throw new UsageError(`--format: "${o.format}" is not an invoice format`, 'Use md, csv, html or json.');
  }
  return given as OutputFormat;
}

export function invoiceText(ctx: Ctx, inv: Invoice, format: OutputFormat, template?: string): string {
  return format === 'json' ? `${JSON.stringify(inv, null, 2)}\n` : renderInvoice(ctx.fs, inv, format, template);
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
export function emitInvoice(ctx: Ctx, inv: Invoice, o: OutputFlags, target: OutTarget | null): string | null {
  const format = outputFormat(o);
  if (target) writeOut(ctx, target, invoiceText(ctx, inv, format, o.template));
  if (o.json) printJson(ctx.out, inv);
  else if (!target) ctx.out(invoiceText(ctx, inv, format, o.template));
  return target ? `${o.out}${madeFolders(target)}` : null;
}
