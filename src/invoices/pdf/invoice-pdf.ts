// An invoice as PDF bytes: its view (the same the templates read), the shipped fonts, this machine's
// fonts for other scripts.
import type { Ctx } from '../../platform/context.ts';
import type { Invoice } from '../model.ts';
import { invoiceView } from '../view.ts';
import { shippedFonts } from './fonts.ts';
import { renderPdf } from './render-pdf.ts';

export function invoicePdf(ctx: Ctx, inv: Invoice, templates: string): Promise<Uint8Array> {
  return renderPdf({ view: invoiceView(inv), fonts: shippedFonts(ctx.fs, templates), env: { fs: ctx.fs, env: ctx.env }, createdAt: new Date(inv.createdAt) });
}
