// The template engine and the shipped templates: sections, escaping per format, CSV that reads back.
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { makeFs } from '../../src/platform/fs.ts';
import type { Invoice } from '../../src/invoices/model.ts';
import { renderInvoice } from '../../src/invoices/render.ts';
import { renderTemplate } from '../../src/invoices/template.ts';

const id = (s: string): string => s;

describe('template engine', () => {
  test('values, lists, truthy and inverted sections, standalone tags leave no blank lines', () => {
    const tpl = 'Hi {{name}}\n{{#items}}\n- {{label}} ({{name}})\n{{/items}}\n{{^items}}none\n{{/items}}{{#flag}}yes{{/flag}}';
    expect(renderTemplate(tpl, { name: 'A', items: [{ label: 'x' }, { label: 'y', name: 'B' }], flag: true }, id)).toBe('Hi A\n- x (A)\n- y (B)\nyes');
    expect(renderTemplate(tpl, { name: 'A', items: [], flag: false }, id)).toBe('Hi A\nnone\n');
  });

  test('escaped and raw values', () => {
    const esc = (s: string): string => s.replace(/</g, '&lt;');
    expect(renderTemplate('{{v}}|{{{v}}}|{{&v}}', { v: '<b>' }, esc)).toBe('&lt;b>|<b>|<b>');
  });

  test('an unclosed section is an error naming it', () => {
    expect(() => renderTemplate('{{#lines}}x', {}, id)).toThrow('{{#lines}} is never closed');
    expect(() => renderTemplate('{{#a}}x{{/b}}', {}, id)).toThrow('{{/b}} closes {{#a}}');
  });
});

const hostile = 'Fix <script>alert(1)</script>, "quotes" & | pipes';
const invoice: Invoice = {
  id: '01JTESTINVOICE0000000000000',
  number: '2026-007',
  source: 'tt',
  clients: ['acme'],
  from: '2026-11-02',
  to: '2026-11-08',
  issued: '2026-11-09',
  createdAt: '2026-11-09T09:00:00Z',
  lines: [
    { date: '2026-11-03', client: 'acme', project: 'web', hours: 1.5, trackedHours: 1.4, rate: 90, currency: 'EUR', amount: 135, description: hostile },
    { date: '2026-11-04', client: 'acme', project: null, hours: 0.25, trackedHours: 0.2, rate: 90, currency: 'EUR', amount: 22.5, description: '' },
  ],
  tax: [{ client: 'acme', percent: 19 }],
  totals: [{ currency: 'EUR', hours: 1.75, net: 157.5, tax: 29.93, gross: 187.43 }],
  entries: [],
  action: null,
  file: null,
  sha256: null,
  sender: 'Jo Doe\\nMain St 1',
  footer: 'Pay within 14 days',
  device: 'dev',
};

describe('shipped templates', () => {
  const fs = makeFs({});

  test('HTML escapes what users typed and carries no external reference', () => {
    const html = renderInvoice(fs, invoice, 'html');
    expect(html).toContain('Fix &#60;script&#62;alert(1)&#60;/script&#62;, &#34;quotes&#34; &#38; | pipes');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/(src|href)=|@import|url\(/);
    expect(html).toContain('Jo Doe<br>Main St 1<br>');
    expect(html).toContain('€187.43');
  });

  test('Markdown keeps the table intact and shows raw HTML as text', () => {
    const md = renderInvoice(fs, invoice, 'md');
    expect(md).toContain('| 2026-11-03 | web | Fix \\<script\\>alert(1)\\</script\\>, "quotes" \\& \\| pipes | 1.50 | €90.00 | €135.00 |');
    expect(md).toContain('**EUR:** 1.75 h · net €157.50 · Tax 19% €29.93 · **total €187.43**');
    expect(md).toContain('Jo Doe  \nMain St 1  \n');
  });

  test('CSV reads back field by field', () => {
    const csv = renderInvoice(fs, invoice, 'csv');
    expect(parse(csv)).toEqual([
      ['date', 'client', 'project', 'hours', 'rate', 'currency', 'description', 'amount'],
      ['2026-11-03', 'acme', 'web', '1.5', '90', 'EUR', hostile, '135'],
      ['2026-11-04', 'acme', '', '0.25', '90', 'EUR', '', '22.5'],
    ]);
  });
});
