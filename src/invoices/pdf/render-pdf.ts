// The PDF invoice, made in-process with pdfkit from the same view the HTML template reads: A4, the
// shipped Noto Sans embedded as a subset (plus a font of this machine for scripts it lacks, see
// fonts.ts), lines in a table that breaks across pages with its header repeated. Descriptions wrap;
// dates, hours and amounts never do (their columns are as wide as their widest value). The same
// invoice gives the same bytes: the creation date is the invoice's own.
import PDFDocument from 'pdfkit';
import type { InvoiceView } from '../view.ts';
import { fallbackFonts, type FontEnv, type Placed, type PdfFont } from './fonts.ts';

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const M = { left: 56, right: 56, top: 56, bottom: 64 };
const WIDTH = PAGE.width - M.left - M.right;
const INK = '#1d1d1f';
const MUTED = '#6e6e73';
const RULE = '#d2d2d7';
const GAP = 10; // between table columns

export interface PdfInput {
  view: InvoiceView;
  fonts: { regular: PdfFont; bold: PdfFont };
  env: FontEnv;
  /** The invoice's creation instant: the PDF's creation date. */
  createdAt: Date;
}

type Doc = PDFKit.PDFDocument;

export async function renderPdf(input: PdfInput): Promise<Uint8Array> {
  const { view, fonts } = input;
  const fallback = fallbackFonts(fonts.regular.font, textsOf(view), input.env);
  const doc = new PDFDocument({
    size: 'A4',
    margins: M,
    bufferPages: true,
    // No standard font: pdfkit would load Helvetica's metrics, which cannot set Greek or Japanese anyway.
    font: null,
    info: { Title: `${view.title}`, Author: view.senderName || view.sender.split(/\\n|\n/)[0] || '', Creator: 'tt', CreationDate: input.createdAt, ModDate: input.createdAt },
    lang: 'en',
    displayTitle: true,
  } as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular.data);
  doc.registerFont('bold', fonts.bold.data);
  for (const f of new Set(fallback.values())) doc.registerFont(f.name, f.data, f.face);
  const w = new Writer(doc, fallback);

  let y = header(w, view);
  y = lineTable(w, view, y + 22);
  y = totals(w, view, y + 14);
  notes(w, view, y + 18);
  pageNumbers(w, view);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Text drawing with the font chosen per text: the shipped one, or the fallback that has its characters. */
class Writer {
  constructor(
    readonly doc: Doc,
    private readonly fallback: Map<string, PdfFont>,
  ) {}

  private font = '';
  private size = 0;
  /** Widths at size 1 by font and text: a month's invoice measures the same texts several times. */
  private readonly widths = new Map<string, number>();

  use(text: string, bold: boolean, size: number): Doc {
    this.font = this.fallback.get(text)?.name ?? (bold ? 'bold' : 'regular');
    this.size = size;
    return this.doc.font(this.font).fontSize(size);
  }

  /** The width of text in the font and size last chosen by use(). */
  private measure(doc: Doc, text: string): number {
    const key = `${this.font}\u0000${text}`;
    let unit = this.widths.get(key);
    if (unit === undefined) this.widths.set(key, (unit = doc.widthOfString(text) / this.size));
    return unit * this.size;
  }

  width(text: string, bold = false, size = 9): number {
    return this.measure(this.use(text, bold, size), text);
  }

  /** The height of the text wrapped to `width`. */
  height(text: string, width: number, bold = false, size = 9): number {
    const doc = this.use(text, bold, size);
    const lines = this.lines(doc, text, width);
    return lines ? lines.length * (doc.currentLineHeight(true) + 1) : doc.heightOfString(text, { width, lineGap: 1 });
  }

  /**
   * The text's lines at `width`, broken at spaces, for text in the scripts of the shipped font; null
   * when pdfkit's own wrapper must do it (other scripts, which break between characters, a word
   * wider than the column, line breaks). pdfkit's wrapper runs a Unicode line-break analysis for
   * every text; measuring words once and drawing lines made a month's PDF a third quicker.
   */
  private lines(doc: Doc, text: string, width: number): string[] | null {
    if (this.measure(doc, text) <= width && !text.includes('\n')) return [text];
    if (!/^[\u0020-\u007e\u00a0-\u052f\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u20a0-\u20cf]*$/.test(text)) return null;
    const space = this.measure(doc, ' ');
    const out: string[] = [];
    let line = '';
    let lineWidth = 0;
    for (const word of text.split(' ')) {
      const w = this.measure(doc, word);
      if (w > width) return null;
      if (line && lineWidth + space + w > width) {
        out.push(line);
        line = word;
        lineWidth = w;
      } else {
        lineWidth = line ? lineWidth + space + w : w;
        line = line ? `${line} ${word}` : word;
      }
    }
    out.push(line);
    return out;
  }

  /** Draws text; `width` wraps it, `nowrap` keeps it on one line, `align` right for numbers. */
  text(text: string, x: number, y: number, o: { bold?: boolean; size?: number; color?: string; width?: number; align?: 'left' | 'right'; nowrap?: boolean } = {}): number {
    const doc = this.use(text, o.bold ?? false, o.size ?? 9).fillColor(o.color ?? INK);
    const width = o.width ?? WIDTH;
    const step = doc.currentLineHeight(true) + 1;
    const lines = o.nowrap ? [text] : this.lines(doc, text, width);
    if (!lines) {
      doc.text(text, x, y, { width, align: o.align ?? 'left', lineGap: 1 });
      return doc.y - y; // pdfkit leaves y below what it wrote
    }
    lines.forEach((line, i) => doc.text(line, o.align === 'right' ? x + width - this.measure(doc, line) : x, y + i * step, { lineBreak: false, lineGap: 1 }));
    return lines.length * step;
  }

  rule(y: number, x = M.left, width = WIDTH, weight = 0.5, color = RULE): void {
    this.doc.moveTo(x, y).lineTo(x + width, y).lineWidth(weight).strokeColor(color).stroke();
  }
}

/** Every text the document sets, with where it appears (for the message when no font has it). */
function textsOf(v: InvoiceView): Placed[] {
  const out: Placed[] = [];
  const add = (where: string, ...texts: string[]): void => {
    for (const text of texts) if (text) out.push({ text, where });
  };
  add('the sender', v.senderName, ...v.senderLines, ...v.senderIds);
  add('the client\'s name', v.billTo);
  add('the client\'s address', ...v.billToLines, v.billToVatId, v.billToEmail);
  add('the purchase order', v.po);
  v.lines.forEach((l, i) => add(`line ${i + 1}`, l.item, l.detail, l.client));
  add('the payment text', ...v.paymentLines);
  add('invoice.footer', v.footer);
  add('the invoice number', v.title);
  return out;
}

function header(w: Writer, v: InvoiceView): number {
  // Sender, right-aligned in the top corner.
  const senderWidth = 220;
  const sx = M.left + WIDTH - senderWidth;
  let sy = M.top;
  if (v.hasSender) {
    if (v.senderName) sy += w.text(v.senderName, sx, sy, { bold: true, size: 10, width: senderWidth, align: 'right' });
    for (const l of v.senderLines) sy += w.text(l, sx, sy, { size: 9, color: MUTED, width: senderWidth, align: 'right' });
    for (const l of v.senderIds) sy += w.text(l, sx, sy, { size: 9, color: MUTED, width: senderWidth, align: 'right' });
  }
  // Title and the dates, left.
  let y = M.top;
  y += w.text(v.title, M.left, y, { bold: true, size: 20, width: WIDTH - senderWidth - 16 }) + 8;
  const meta: [string, string][] = [['Issue date', v.issued]];
  if (v.period) meta.push(['Service period', v.period]);
  if (v.due) meta.push(['Due date', `${v.due}${v.terms ? ` (${v.terms})` : ''}`]);
  if (v.po) meta.push(['Purchase order', v.po]);
  if (v.currency) meta.push(['Currency', v.currency]);
  const labelWidth = Math.max(...meta.map(([l]) => w.width(l))) + 12;
  for (const [label, value] of meta) {
    w.text(label, M.left, y, { color: MUTED, nowrap: true });
    y += w.text(value, M.left + labelWidth, y, { nowrap: true }) + 1;
  }
  // Accounts payable must not take a supplement for a duplicate of the invoice it adds to.
  if (v.supplement) y += 4 + w.text(v.supplement, M.left, y + 4, { bold: true, width: WIDTH - senderWidth - 16 });
  // Bill to, below.
  y = Math.max(y, sy) + 18;
  w.text('BILL TO', M.left, y, { size: 7.5, color: MUTED, nowrap: true });
  y += 12;
  y += w.text(v.billTo, M.left, y, { bold: true, size: 10.5, width: 300 });
  for (const l of v.billToLines) y += w.text(l, M.left, y, { width: 300 });
  if (v.billToVatId) y += w.text(`VAT id ${v.billToVatId}`, M.left, y, { nowrap: true });
  if (v.billToEmail) y += w.text(v.billToEmail, M.left, y, { width: 300 });
  return y;
}

interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
}

function lineTable(w: Writer, v: InvoiceView, top: number): number {
  const widest = (title: string, values: string[]): number => Math.max(w.width(title.toUpperCase(), true, 7.5), ...values.map((s) => w.width(s)));
  const cols: Column[] = [{ title: 'Date', width: widest('Date', v.lines.map((l) => l.date)), align: 'left' }];
  if (v.manyClients) cols.push({ title: 'Client', width: Math.min(90, widest('Client', v.lines.map((l) => l.client))), align: 'left' });
  const numbers: Column[] = [
    { title: 'Hours', width: widest('Hours', v.lines.map((l) => l.hours)), align: 'right' },
    { title: 'Rate', width: widest('Rate', v.lines.map((l) => l.rate)), align: 'right' },
    { title: 'Amount', width: widest('Amount', v.lines.map((l) => l.amount)), align: 'right' },
  ];
  const fixed = [...cols, ...numbers].reduce((s, c) => s + c.width + GAP, 0);
  const description: Column = { title: 'Description', width: Math.max(120, WIDTH - fixed), align: 'left' };
  const all = [...cols, description, ...numbers];
  const xs: number[] = [];
  all.reduce((x, c) => (xs.push(x), x + c.width + GAP), M.left);

  const head = (y: number): number => {
    all.forEach((c, i) => w.text(c.title.toUpperCase(), xs[i]!, y, { bold: true, size: 7.5, color: MUTED, width: c.width, align: c.align, nowrap: true }));
    w.rule(y + 13, M.left, WIDTH, 1, INK);
    return y + 19;
  };
  let y = head(top);
  const bottom = PAGE.height - M.bottom;
  v.lines.forEach((l) => {
    const dx = xs[all.indexOf(description)]!;
    const itemHeight = w.height(l.item, description.width);
    const detailHeight = l.detail ? w.height(l.detail, description.width, false, 8.5) : 0;
    const rowHeight = Math.max(itemHeight + detailHeight, 12) + 8;
    if (y + rowHeight > bottom) {
      w.doc.addPage();
      y = head(M.top);
    }
    const cells: [string, number][] = [[l.date, 0]];
    if (v.manyClients) cells.push([l.client, 1]);
    cells.forEach(([t, i]) => w.text(t, xs[i]!, y, { nowrap: i === 0, width: all[i]!.width }));
    w.text(l.item, dx, y, { width: description.width });
    if (l.detail) w.text(l.detail, dx, y + itemHeight, { width: description.width, size: 8.5, color: MUTED });
    const first = all.length - 3;
    [l.hours, l.rate, l.amount].forEach((t, k) => w.text(t, xs[first + k]!, y, { width: all[first + k]!.width, align: 'right', nowrap: true }));
    w.rule(y + rowHeight - 4);
    y += rowHeight;
  });
  return y;
}

function totals(w: Writer, v: InvoiceView, top: number): number {
  let y = top;
  const boxWidth = 250;
  const x = M.left + WIDTH - boxWidth;
  for (const t of v.totals) {
    const rows: [string, string, boolean][] = [['Hours', t.hours, false], ['Net', t.net, false]];
    if (t.hasTax) rows.push([t.taxLabel, t.tax, false]);
    const height = rows.length * 14 + 24 + (t.taxEur ? 14 : 0) + (t.hasCredit ? 34 : 0);
    if (y + height > PAGE.height - M.bottom) {
      w.doc.addPage();
      y = M.top;
    }
    for (const [label, value] of rows) {
      w.text(label, x, y, { nowrap: true, color: MUTED });
      y += w.text(value, x, y, { width: boxWidth, align: 'right', nowrap: true }) + 3;
    }
    w.rule(y + 1, x, boxWidth, 1, INK);
    y += 6;
    w.text(`Total ${t.currency}`, x, y, { bold: true, size: 11, nowrap: true });
    y += w.text(t.gross, x, y, { bold: true, size: 11, width: boxWidth, align: 'right', nowrap: true }) + 4;
    if (t.taxEur) {
      w.text(t.taxEurLabel, x, y, { size: 8.5, color: MUTED, nowrap: true });
      y += w.text(t.taxEur, x, y, { size: 8.5, color: MUTED, width: boxWidth, align: 'right', nowrap: true }) + 2;
    }
    if (t.hasCredit) {
      w.text('Credit from earlier payments', x, y, { nowrap: true, color: MUTED });
      y += w.text(t.credit, x, y, { width: boxWidth, align: 'right', nowrap: true }) + 3;
      w.text('Amount due', x, y, { bold: true, size: 11, nowrap: true });
      y += w.text(t.amountDue, x, y, { bold: true, size: 11, width: boxWidth, align: 'right', nowrap: true }) + 4;
    }
    y += 8;
  }
  return y;
}

function notes(w: Writer, v: InvoiceView, top: number): void {
  let y = top;
  const block = (texts: string[], o: { size?: number; color?: string; bold?: boolean } = {}): void => {
    for (const t of texts) {
      const h = w.height(t, WIDTH, o.bold, o.size ?? 9);
      if (y + h > PAGE.height - M.bottom) {
        w.doc.addPage();
        y = M.top;
      }
      y += w.text(t, M.left, y, { ...o, width: WIDTH }) + 2;
    }
    y += 8;
  };
  if (v.taxNote) block([v.taxNote], { bold: true, size: 9 });
  if (v.paymentLines.length) block(v.paymentLines);
  if (v.footer) block(v.footer.split(/\\n|\n/).filter((l) => l.trim()), { size: 8.5, color: MUTED });
}

/** "Invoice N · page 1 of 2" at the foot of every page, when there is more than one. */
function pageNumbers(w: Writer, v: InvoiceView): void {
  const range = w.doc.bufferedPageRange();
  if (range.count < 2) return;
  for (let i = 0; i < range.count; i++) {
    w.doc.switchToPage(range.start + i);
    const text = `${v.title} · page ${i + 1} of ${range.count}`;
    // Below the bottom margin: pdfkit would start a new page for text there, so lift the margin.
    w.doc.page.margins.bottom = 0;
    w.text(text, M.left, PAGE.height - M.bottom + 24, { size: 7.5, color: MUTED, width: WIDTH, align: 'right', nowrap: true });
    w.doc.page.margins.bottom = M.bottom;
  }
}
