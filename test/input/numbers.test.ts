// Issue 12 item 16, numbers and names: `--rate 1e308` recorded an invoice of "$Infinity ... total
// $NaN", `--rate 0x10` was read as 16, `--alias ''` was accepted. Amounts are plain decimals,
// bounded, and names are not empty; a bad one names its flag (exit 2) and nothing is written.
import { describe, expect, it } from 'vitest';
import { file, run, world } from './run.ts';

describe('amounts typed in flags', () => {
  it('refuses exponents, hex, empty and out-of-range values, naming the flag', async () => {
    const ctx = await world();
    const refused: [string[], string][] = [
      [['client', 'add', 'globex', '--rate', '1e308'], 'tt: --rate: "1e308" is not a plain decimal number'],
      [['client', 'add', 'globex', '--rate', '0x10'], 'tt: --rate: "0x10" is not a plain decimal number'],
      [['client', 'add', 'globex', '--rate', ''], 'tt: --rate: "" is not a plain decimal number'],
      [['client', 'add', 'globex', '--rate', '-5'], 'tt: --rate: "-5" is not a plain decimal number'],
      [['client', 'add', 'globex', '--rate', '2000000'], 'tt: --rate: "2000000" is more than 1000000'],
      [['client', 'add', 'globex', '--rate', '90.123456'], 'tt: --rate: "90.123456" has more than 4 decimals'],
      [['client', 'add', 'globex', '--tax', '1e2'], 'tt: --tax: "1e2" is not a plain decimal number'],
      [['client', 'add', 'globex', '--tax', '101%'], 'tt: --tax: "101" is more than 100'],
      [['client', 'add', 'globex', '--round', '0x10'], 'tt: --round: "0x10" is not a rounding increment'],
      [['start', 'acme', '--estimate', '99999999h'], 'tt: --estimate: "99999999h" is longer than 1000:00'],
      [['audit', '--tolerance', '1e1'], 'tt: --tolerance: "1e1" is not a percentage between 0% and 100% (like 5%)'],
    ];
    for (const [args, message] of refused) {
      const r = await run(ctx, args);
      expect({ args, code: r.code, err: r.err.split('\n')[0] }).toEqual({ args, code: 2, err: message });
    }
    const clients = JSON.parse((await run(ctx, ['client', 'list', '--json'])).out) as { clients: { name: string }[] };
    expect(clients.clients.map((c) => c.name)).toEqual(['acme']);
    expect((await run(ctx, ['status', '--json'])).out).toContain('null');
  });

  it('reads plain decimals as written', async () => {
    const ctx = await world();
    expect((await run(ctx, ['client', 'add', 'globex', '--rate', '92.50', '--tax', '19.5%'])).code).toBe(0);
    const { clients } = JSON.parse((await run(ctx, ['client', 'list', '--json'])).out) as { clients: unknown[] };
    expect(clients).toContainEqual(expect.objectContaining({ name: 'globex', rates: [{ from: null, rate: 92.5 }], taxPercent: 19.5 }));
  });
});

describe('amounts read from invoice files', () => {
  it('refuses a number that reads as Infinity, naming the line and column', async () => {
    const ctx = await world();
    const huge = `1${'0'.repeat(400)}`;
    const path = file('invoice.csv', `date,client,project,hours,rate,currency,description,amount\n2026-11-25,acme,,1,${huge},USD,work,${huge}\n`);
    const r = await run(ctx, ['invoice', 'import', path, '--period', '2026-11-01..2026-11-30']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('line 2');
    expect(r.err).toContain('is larger than 1,000,000,000,000');
    expect((await run(ctx, ['invoice', 'list', '--json'])).out).not.toContain('NaN');
  });
});

describe('names', () => {
  it('refuses empty aliases, rules and projects, naming the flag', async () => {
    const ctx = await world();
    for (const [args, message] of [
      [['client', 'set', 'acme', '--alias', ''], 'tt: --alias: the name is empty'],
      [['client', 'set', 'acme', '--alias', '   '], 'tt: --alias: the name is empty'],
      [['client', 'set', 'acme', '--remote', ''], 'tt: --remote: the name is empty'],
      [['client', 'set', 'acme', '--calendar', ''], 'tt: --calendar: the name is empty'],
      [['client', 'set', 'acme', '--meeting', ''], 'tt: --meeting "": it is empty, so it would match every meeting'],
      [['client', 'set', 'acme', '--alias', 'Acme\u001b[31m'], 'tt: --alias: "Acme\\u001b[31m" holds a control character'],
      [['add', 'acme/ ', '--from', '09:00', '--to', '10:00'], 'tt: "acme/ ": the name is empty'],
    ] as [string[], string][]) {
      const r = await run(ctx, args);
      expect({ args, code: r.code, err: r.err.split('\n')[0] }).toEqual({ args, code: 2, err: message });
    }
    const { clients } = JSON.parse((await run(ctx, ['client', 'list', '--json'])).out) as { clients: unknown[] };
    expect(clients).toEqual([expect.objectContaining({ name: 'acme', aliases: ['Acme Corp'], rules: { repos: [], remotes: [], meetings: [], domains: [], calendars: [] } })]);
  });
});
