// What a client document carries and refuses, as a freelancer would meet it: billing details checked
// when typed (VAT id shape, IBAN check digits), the tax modes (reverse charge needs both VAT ids;
// the small-business rule charges no tax and says why), a seller without VAT id or tax number, and
// the old free-text sender (invoice.from) read into the seller fields without losing a line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Invoice } from '../../src/invoices/model.ts';
import { world, type Tt } from './run.ts';

const WEEK = '2026-11-02..2026-11-08';

async function withWork(tt: Tt, client: string, ...flags: string[]): Promise<void> {
  await tt.ok('client', 'add', client, '--rate', '100', '--currency', 'EUR', ...flags);
  await tt.ok('add', `${client}/web`, '--from', '2026-11-03T09:00:00+01:00', '--to', '2026-11-03T11:00:00+01:00', '--note', 'Login page');
}

const invoices = async (tt: Tt): Promise<Invoice[]> => (JSON.parse((await tt.ok('invoice', 'list', '--json')).stdout) as { invoices: Invoice[] }).invoices;

describe('billing details are checked when they are typed', () => {
  test('malformed VAT ids, IBANs, countries, terms and addresses are refused with the reason (exit 2)', async () => {
    const tt = await world();
    await tt.ok('client', 'add', 'acme');
    const cases: [string[], string][] = [
      [['client', 'set', 'acme', '--vat-id', 'DE12345678'], '--vat-id: "DE12345678" is not a VAT id: DE VAT ids look like DE123456789'],
      [['client', 'set', 'acme', '--country', 'FR', '--vat-id', '123456789'], 'a VAT id from FR starts with FR'],
      [['client', 'set', 'acme', '--country', 'Germany'], '--country: "Germany" is not an ISO 3166 country code'],
      [['client', 'set', 'acme', '--terms', 'soon'], '--terms: "soon" is not payment terms'],
      [['client', 'set', 'acme', '--email', 'ap at acme'], '--email: "ap at acme" is not an e-mail address'],
      [['client', 'set', 'acme', '--tax-mode', 'none'], "option '--tax-mode <mode>' argument 'none' is invalid"],
      [['client', 'set', 'acme', '--street', 'Main\u001b[2J St'], '--street'],
      [['config', 'set', 'seller.iban', 'DE89 3704 0044 0532 0130 01'], 'config seller.iban: "DE89 3704 0044 0532 0130 01" is not an IBAN: its check digits do not match'],
      [['config', 'set', 'seller.iban', 'DE89 3704 0044 0532 0130'], 'DE IBANs have 22 characters; this one has 20'],
      [['config', 'set', 'seller.vatId', 'ATU1234'], 'config seller.vatId: "ATU1234" is not a VAT id: AT VAT ids look like ATU12345678'],
      [['config', 'set', 'seller.country', 'XX'], 'is not an ISO 3166 country code'],
      [['config', 'set', 'invoice.smallBusiness', 'maybe'], '"maybe" is not true or false'],
    ];
    for (const [args, message] of cases) {
      const r = await tt(...args);
      expect([args.join(' '), r.code, r.stderr]).toEqual([args.join(' '), 2, expect.stringContaining(message)]);
    }
    // Typed the usual ways, they are stored in their compact form.
    await tt.ok('client', 'set', 'acme', '--bill-to-name', 'Acme GmbH', '--country', 'de', '--vat-id', 'de 123 456 789', '--terms', 'net 30', '--po', 'PO-77');
    const acme = (JSON.parse((await tt.ok('client', 'list', '--json')).stdout) as { clients: { billing: object }[] }).clients[0]!;
    expect(acme.billing).toEqual({ name: 'Acme GmbH', street: null, postcode: null, city: null, country: 'DE', vatId: 'DE123456789', email: null, termsDays: 30, po: 'PO-77', taxMode: null });
    await tt.ok('client', 'set', 'acme', '--po', '');
    expect((await tt.ok('client', 'list')).stdout).toContain('bill to Acme GmbH, DE, VAT id DE123456789, net 30');
  });
});

describe('tax modes', () => {
  test('reverse charge needs the client\'s VAT id and your own; then 0 % and the wording with both ids', async () => {
    const tt = await world();
    await withWork(tt, 'acme', '--tax-mode', 'reverse-charge', '--country', 'FR');
    const noClientId = await tt('invoice', 'create', '--client', 'acme', '--period', WEEK);
    expect([noClientId.code, noClientId.stderr]).toEqual([2, expect.stringContaining("reverse charge needs acme's VAT id")]);
    await tt.ok('client', 'set', 'acme', '--vat-id', 'FR12345678901');
    const noOwnId = await tt('invoice', 'create', '--client', 'acme', '--period', WEEK);
    expect([noOwnId.code, noOwnId.stderr]).toEqual([2, expect.stringContaining('reverse charge needs your own VAT id')]);
    expect(await invoices(tt)).toEqual([]);
    await tt.ok('config', 'set', 'seller.name', 'Jo Doe');
    await tt.ok('config', 'set', 'seller.vatId', 'DE123456789');
    const inv = JSON.parse((await tt.ok('invoice', 'create', '--client', 'acme', '--period', WEEK, '--json')).stdout) as Invoice;
    expect(inv.tax).toEqual([{ client: 'acme', percent: 0 }]);
    expect(inv.totals).toEqual([{ currency: 'EUR', hours: 2, net: 200, tax: 0, gross: 200 }]);
    expect(inv.document?.tax).toMatchObject({ mode: 'reverse-charge', category: 'AE', exemptionCode: 'VATEX-EU-AE' });
    const md = (await tt.ok('invoice', 'show', inv.number)).stdout;
    expect(md).toContain('VAT id FR12345678901');
    expect(md).toContain('VAT id DE123456789');
    expect(md).toContain('VAT 0% (reverse charge) €0.00');
    expect(md).toContain('Steuerschuldnerschaft des Leistungsempfängers');
  });

  test('a small business charges no tax, says why, and a client tax rate is refused', async () => {
    const tt = await world();
    await tt.ok('config', 'set', 'invoice.smallBusiness', 'yes');
    await withWork(tt, 'acme', '--tax', '19%');
    const taxed = await tt('invoice', 'create', '--client', 'acme', '--period', WEEK);
    expect([taxed.code, taxed.stderr]).toEqual([2, expect.stringContaining('acme has a tax rate of 19%, but invoice.smallBusiness is true: no tax may be charged (§19 UStG)')]);
    const standard = await tt('invoice', 'create', '--client', 'acme', '--period', WEEK, '--tax-mode', 'standard');
    expect(standard.code).toBe(2);
    await tt.ok('client', 'set', 'acme', '--tax', '0', '--yes');
    const inv = JSON.parse((await tt.ok('invoice', 'create', '--client', 'acme', '--period', WEEK, '--json')).stdout) as Invoice;
    expect([inv.tax, inv.totals[0]!.tax, inv.totals[0]!.gross, inv.document?.tax.mode, inv.document?.tax.category]).toEqual([[], 0, 200, 'exempt', 'E']);
    const md = (await tt.ok('invoice', 'show', inv.number)).stdout;
    expect(md).toContain('**total €200.00**');
    expect(md).not.toMatch(/(VAT|Tax) \d/);
    expect(md).toContain('Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.');
  });

  test('exempt without the small-business rule is refused', async () => {
    const tt = await world();
    await withWork(tt, 'acme', '--tax-mode', 'exempt');
    const r = await tt('invoice', 'create', '--client', 'acme', '--period', WEEK);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('the exempt tax mode is the small-business rule (§19 UStG), and invoice.smallBusiness is not set')]);
  });
});

describe('the seller', () => {
  test('seller details without a VAT id or tax number are refused; a tax number is printed', async () => {
    const tt = await world();
    await withWork(tt, 'acme', '--tax', '19%');
    await tt.ok('config', 'set', 'seller.name', 'Jo Doe');
    await tt.ok('config', 'set', 'seller.country', 'DE');
    const r = await tt('invoice', 'create', '--client', 'acme', '--period', WEEK);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('an invoice must carry your VAT id or your tax number (§14 UStG)')]);
    expect((await tt('doctor')).stdout).toContain('seller.vatId and seller.taxNumber are both unset');
    await tt.ok('config', 'set', 'seller.taxNumber', '27/123/45678');
    const md = (await tt.ok('invoice', 'create', '--client', 'acme', '--period', WEEK)).stdout;
    expect(md).toContain('Tax number 27/123/45678');
    expect(md).toContain('VAT 19% €38.00');
  });

  test('the old invoice.from text is read into the seller fields; no line is lost and the key stays', async () => {
    const tt = await world();
    await withWork(tt, 'acme');
    const from = 'Jo Doe\\nMain St 1\\n10115 Berlin\\nUSt-IdNr.: DE 123 456 789\\nIBAN DE89 3704 0044 0532 0130 00\\nTel +49 30 1234';
    await tt.ok('config', 'set', 'invoice.from', from);
    const inv = JSON.parse((await tt.ok('invoice', 'create', '--client', 'acme', '--period', WEEK, '--json')).stdout) as Invoice;
    expect(inv.document?.seller).toEqual({
      name: 'Jo Doe', street: 'Main St 1', postcode: '10115', city: 'Berlin', country: '', vatId: 'DE123456789', taxNumber: '',
      iban: 'DE89370400440532013000', bic: '', email: '', phone: '', lines: ['Tel +49 30 1234'], source: 'invoice.from',
    });
    expect(inv.sender).toBe(from);
    expect((await tt.ok('config', 'get', 'invoice.from')).stdout).toBe(`${from}\n`);
    const doctor = (await tt('doctor')).stdout;
    expect(doctor).toContain("tt config set seller.name 'Jo Doe'; tt config set seller.street 'Main St 1'; tt config set seller.postcode '10115'");
    expect(doctor).toContain("tt config set seller.vatId 'DE123456789'");
    const md = (await tt.ok('invoice', 'show', inv.number)).stdout;
    for (const text of ['Jo Doe', 'Main St 1', '10115 Berlin', 'VAT id DE123456789', 'Tel +49 30 1234', 'IBAN DE89 3704 0044 0532 0130 00']) expect(md).toContain(text);
  });

  test('an invoice recorded before documents existed prints as it did', async () => {
    const tt = await world();
    const dir = join(tt.ctx.env.TT_HOME!, 'invoices');
    mkdirSync(dir, { recursive: true });
    const old = {
      id: '01KOLDINVOICE0000000000000', number: '2025-009', source: 'tt', clients: ['acme'], from: '2025-10-01', to: '2025-10-31', issued: '2025-11-01', createdAt: '2025-11-01T09:00:00Z',
      lines: [{ date: '2025-10-02', client: 'acme', project: 'web', hours: 2, trackedHours: 2, rate: 90, currency: 'EUR', amount: 180, description: '' }],
      tax: [], totals: [{ currency: 'EUR', hours: 2, net: 180, tax: 0, gross: 180 }], entries: [], action: null, file: null, sha256: null, sender: 'Jo Doe\\nMain St 1', footer: '', device: 'dev',
    };
    writeFileSync(join(dir, `${old.id}.json`), JSON.stringify({ version: 1, invoice: old }));
    const md = (await tt.ok('invoice', 'show', '2025-009')).stdout;
    expect(md).toContain('Jo Doe  \nMain St 1  \n');
    expect(md).toContain('**Bill to**  \nacme');
    expect(md).toContain('| 2025-10-02 | web | 2.00 | €90.00 | €180.00 |');
    expect(md).not.toContain('due');
  });
});
