// The demo world (templates/demo/): the README's main command must show what it promises, the whole
// money loop. The steps are the ones `npm run demo` runs (scripts/demo-world.mjs), each asserted
// through its JSON: the audit flags Friday ($480 before tax, untracked, with its commits and
// meeting), review turns it into an entry, `--unbilled` bills exactly that as a supplement, and the
// audit of both invoices is clean (exit 0). Only ids, temp paths and shas are read from the world.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script shared with `npm run demo`
import { buildWorld, loopSteps, nowInvoiced, runTt } from '../../scripts/demo-world.mjs';
import { tempDir } from '../helpers/tmp.ts';

type Env = Record<string, string>;
/** The audit's JSON, as far as these assertions read it. */
interface AuditDoc {
  invoice: { id: string };
  invoices: { number: string }[];
  amountsBeforeTax: boolean;
  clients: (Record<string, unknown> & { trackedNotInvoiced: Record<string, unknown>[] })[];
  days: unknown[];
  gaps: unknown[];
  conflicts: unknown[];
  totals: Record<string, unknown>;
  next: string[];
}
interface InvoiceDoc {
  totals: { net: number }[];
  lines: { date: string; hours: number; amount: number }[];
  supplements: { number: string }[];
}
const json = <T,>(env: Env, args: string[], allow = [0]): { status: number; doc: T } => {
  const r = runTt(env, [...args, '--json'], { allow });
  return { status: r.status, doc: JSON.parse(r.stdout) as T };
};

describe('the demo world', () => {
  it('closes the loop: audit finds $480, review, --unbilled bills it, the audit of both invoices is clean', () => {
    const root = tempDir('tt-demo-');
    const { env, world } = buildWorld(root);
    const steps = loopSteps(world, root);
    const repo = join(root, 'code', 'acme-web');
    // Friday's commits, read back from the repo the world made (oldest first).
    const friday = execFileSync('git', ['log', '--reverse', '--format=%H %s', '--since=2026-11-06T00:00:00+01:00', '--until=2026-11-06T23:59:00+01:00'], { cwd: repo, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => ({ sha: l.slice(0, 40), subject: l.slice(41) }));
    expect(friday).toHaveLength(7);
    const times = ['08:30', '09:40', '10:50', '12:20', '13:45', '15:00', '16:00'];
    const day = (date: string, invoicedHours: number, evidenceHours: number) => ({ client: 'acme', date, invoicedHours, evidenceHours, differenceHours: evidenceHours - invoicedHours });
    const sources = [
      { kind: 'meeting', title: 'Acme standup', calendar: 'work', start: '2026-11-06T08:15:00Z', end: '2026-11-06T08:30:00Z' },
      { kind: 'commit', repo, start: '2026-11-06T08:30:00Z', end: '2026-11-06T16:00:00Z', count: 7, commits: friday.map((c, i) => ({ sha: c.sha, at: `2026-11-06T${times[i]}:00Z`, subject: c.subject })) },
    ];

    // 1. The audit: acme's most recent invoice is 2026-A001; Friday is untracked, $480 before tax.
    const first = json<AuditDoc>(env, ['audit'], [1]);
    expect(first.status).toBe(1);
    const a = first.doc;
    expect(a.invoice).toEqual({ id: a.invoice.id, number: '2026-A001', source: 'tt', from: '2026-11-02', to: '2026-11-08', periodAssumed: false, periodSource: 'recorded' });
    expect(a.invoices.map((i) => i.number)).toEqual(['2026-A001']);
    expect(a.amountsBeforeTax).toBe(true);
    expect(a.clients).toEqual([
      {
        client: 'acme',
        period: { from: '2026-11-02', to: '2026-11-08', source: 'recorded' },
        invoices: ['2026-A001'],
        invoicedHours: 32,
        evidenceHours: 40,
        unbilledHours: 8,
        overbilledHours: 0,
        rate: 60,
        currency: 'USD',
        unbilledAmount: 480,
        flagged: true,
        trackedNotInvoicedHours: 0,
        trackedNotInvoicedAmount: 0,
        untrackedHours: 8,
        untrackedAmount: 480,
        invoicedWithoutEvidenceHours: 0,
        invoicedWithoutEvidenceAmount: 0,
        roundingHours: 0,
        billedElsewhereHours: 0,
        trackedNotInvoiced: [],
        untracked: [{ start: '2026-11-06T08:00:00Z', end: '2026-11-06T16:00:00Z', hours: 8, amount: 480, days: [{ date: '2026-11-06', hours: 8 }], sources }],
        invoicedWithoutEvidence: [],
      },
    ]);
    expect(a.days).toEqual([day('2026-11-02', 8, 8), day('2026-11-03', 8, 8), day('2026-11-04', 8, 8), day('2026-11-05', 8, 8), day('2026-11-06', 0, 8)]);
    expect(a.gaps).toEqual([{ client: 'acme', start: '2026-11-06T08:00:00Z', end: '2026-11-06T16:00:00Z', hours: 8, sources }]);
    // Globex's weekly sync fell inside acme's tracked Wednesday: reported, counted once (for acme).
    expect(a.conflicts).toEqual([{ start: '2026-11-04T13:00:00Z', end: '2026-11-04T14:00:00Z', hours: 1, clients: ['acme', 'globex'], kinds: expect.arrayContaining(['meeting', 'tracked']) }]);
    expect(a.totals).toMatchObject({ invoicedHours: 32, evidenceHours: 40, unbilledHours: 8, unbilledAmount: { USD: 480 }, untrackedHours: 8, untrackedAmount: { USD: 480 }, trackedNotInvoicedHours: 0 });
    // The next steps are exactly the demo's own.
    expect(a.next).toEqual(['tt review --since 2026-11-06 --until 2026-11-06', 'tt invoice create --client acme --unbilled --period 2026-11-02..2026-11-08']);
    expect(steps.review.slice(0, 5)).toEqual(a.next[0]!.split(' ').slice(1));
    expect(steps.create.slice(0, 7)).toEqual(a.next[1]!.split(' ').slice(1));
    const text = runTt(env, ['audit'], { allow: [1] }).stdout;
    expect(text.split('\n').slice(0, 2)).toEqual([
      'acme: 8.0 h unbilled ($480.00, before tax) in 2026-11-02..2026-11-08: invoiced 32.0 h, evidence 40.0 h',
      '  untracked 8.0 h on 2026-11-06 (7 commits, 1 meeting): $480.00',
    ]);
    expect(text.trimEnd().split('\n').slice(-3)).toEqual(['Next, to recover the money:', `  ${a.next[0]}`, `  ${a.next[1]}`]);
    // Billing the same entries twice is refused, and says what bills only what is left.
    const again = runTt(env, world.invoice, { allow: [2] });
    expect(again.stderr).toContain('are on invoice 2026-A001 already');
    expect(again.stderr).toContain('--unbilled');

    // 2. Review accepts the untracked Friday: one 8-hour entry.
    const reviewed = json<unknown>(env, steps.review).doc;
    expect(JSON.stringify(reviewed)).toContain('2026-11-06T08:00:00Z');

    // 3. Before billing it, the audit calls the same 8 h tracked but not invoiced, at the same money.
    const middle = json<AuditDoc>(env, ['audit'], [1]).doc;
    expect(middle.clients[0]).toMatchObject({ trackedNotInvoicedHours: 8, trackedNotInvoicedAmount: 480, untrackedHours: 0, unbilledAmount: 480 });
    expect(middle.clients[0]!.trackedNotInvoiced[0]).toMatchObject({ date: '2026-11-06', hours: 8, amount: 480, currency: 'USD' });

    // 4. --unbilled bills exactly that: 8 h × $60 = $480 net, a supplement to 2026-A001.
    const made = json<InvoiceDoc>(env, steps.create).doc;
    expect(made).toMatchObject({ number: '2026-A002', series: 'A', kind: 'invoice', from: '2026-11-02', to: '2026-11-08', due: '2026-11-30' });
    expect(made.totals).toEqual([{ currency: 'USD', hours: 8, net: 480, tax: 0, gross: 480 }]);
    expect(made.lines.map((l) => [l.date, l.hours, l.amount])).toEqual([['2026-11-06', 8, 480]]);
    expect(made.supplements.map((s) => s.number)).toEqual(['2026-A001']);
    // The client's document is a PDF made by tt itself; its text as a PDF reader extracts it.
    const pdf = execFileSync('pdftotext', ['-layout', join(root, '2026-A002.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toContain('Supplement to invoice 2026-A001 of 2026-11-16');
    expect(pdf).toMatch(/2026-11-06\s+\S.*8\.00\s+\$60\.00\s+\$480\.00/);
    // Evidence text never reaches the client's document.
    expect(pdf).not.toContain('review:');
    expect(pdf).not.toContain('commit');

    // 5. The audit of the period now takes both invoices and comes out clean: exit 0.
    const last = json<AuditDoc>(env, ['audit']);
    expect(last.status).toBe(0);
    const z = last.doc;
    expect(z.invoices.map((i) => i.number)).toEqual(['2026-A001', '2026-A002']);
    expect(z.clients[0]).toMatchObject({ invoices: ['2026-A001', '2026-A002'], invoicedHours: 40, evidenceHours: 40, unbilledHours: 0, unbilledAmount: 0, flagged: false });
    expect(z.next).toEqual([]);

    // 6. What the demo prints at the end: the new invoice's net total, unpaid.
    const open = json<{ invoices: (InvoiceDoc & { number: string; status: string })[] }>(env, ['invoice', 'list', '--open']).doc;
    const listed = open.invoices.at(-1)!;
    expect(nowInvoiced(listed)).toBe('now invoiced: $480.00 net on invoice 2026-A002 (unpaid)');
    expect(listed.totals[0]!.net).toBe(made.totals[0]!.net);
  });

  it('says when the period was assumed, and audits an invoice file without recording it', () => {
    const root = tempDir('tt-demo-');
    const { env } = buildWorld(root);
    const file = join(root, 'billed.csv');
    execFileSync('sh', ['-c', `printf 'date,client,project,hours,rate,currency,description\\n2026-11-03,acme,web,8,60,USD,work\\n2026-11-04,acme,web,8,60,USD,work\\n' > '${file}'`]);
    const r = runTt(env, ['audit', '--invoice', file, '--json'], { allow: [1] });
    const a = JSON.parse(r.stdout);
    expect(a.invoice).toMatchObject({ source: 'tt', number: null, from: '2026-11-02', to: '2026-11-08', periodAssumed: true });
    // A file is audited on its own: it bills Tuesday and Wednesday, so Monday and Thursday are
    // tracked but not on it (16 h, $960) and Friday is untracked (8 h, $480).
    expect(a.clients[0]).toMatchObject({ invoicedHours: 16, evidenceHours: 40, unbilledHours: 24, unbilledAmount: 1440, trackedNotInvoicedHours: 16, trackedNotInvoicedAmount: 960, untrackedHours: 8 });
    expect(runTt(env, ['audit', '--invoice', file], { allow: [1] }).stdout).toContain('assumed: the whole Monday-to-Sunday weeks');
    // Matching period: within tolerance, exit 0.
    const ok = runTt(env, ['audit', '--invoice', file, '--period', '2026-11-03..2026-11-04', '--json'], { allow: [0, 1] });
    expect(JSON.parse(ok.stdout).clients[0]).toMatchObject({ invoicedHours: 16, evidenceHours: 16, flagged: false });
    expect(ok.status).toBe(0);
    const bad = runTt(env, ['audit', '--tolerance', 'lots'], { allow: [2] });
    expect(bad.stderr).toContain('not a percentage');
  });
});
