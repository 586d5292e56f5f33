// The audit's arithmetic with hand-computed cases: the three kinds of hours with their money (before
// tax), the flag on the net figure per client, and the period rules.
import { describe, expect, it } from 'vitest';
import { auditClients, type AuditLine, type ClientScope, type EvidenceDay, type TrackedUnit, type UntrackedGap } from '../../src/reconcile/audit/audit.ts';
import { auditPeriod } from '../../src/reconcile/audit/period.ts';

const line = (date: string | null, client: string, hours: number, rate: number | null, more: Partial<AuditLine> = {}): AuditLine => ({ date, client, hours, trackedHours: null, rate, currency: 'USD', invoice: 'A1', ...more });
const ev = (date: string, client: string, evidenceHours: number): EvidenceDay => ({ date, client, evidenceHours });
const week = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'];
const period = { from: '2026-11-02', to: '2026-11-08' };
const at = (iso: string): number => Date.parse(iso);

function scope(more: Partial<ClientScope>): ClientScope {
  return { client: 'acme', period, invoices: ['A1'], lines: [], elsewhere: [], units: [], gaps: [], rateOn: () => 60, currency: 'USD', ...more };
}

describe('audit period', () => {
  it('prefers --period, then the recorded period, else assumes the whole weeks the lines touch', () => {
    const given = { from: '2026-11-01', to: '2026-11-30' };
    expect(auditPeriod(given, { from: '2026-11-02', to: '2026-11-08' }, [])).toEqual({ ...given, source: 'given' });
    expect(auditPeriod(null, { from: '2026-11-02', to: '2026-11-08' }, [])).toMatchObject({ from: '2026-11-02', source: 'recorded' });
    // Lines on Wednesday the 4th and Tuesday the 10th touch two weeks: Monday 2nd to Sunday 15th.
    expect(auditPeriod(null, { from: null, to: null }, ['2026-11-10', null, '2026-11-04'])).toEqual({ from: '2026-11-02', to: '2026-11-15', source: 'assumed' });
    expect(() => auditPeriod(null, { from: null, to: null }, [null])).toThrow(/records no period and its lines carry no dates/);
  });
});

describe('audit arithmetic', () => {
  it('the classic case: 40 hours worked, 32 billed, Friday untracked: $480 before tax at $60', () => {
    const gap: UntrackedGap = { start: at('2026-11-06T08:00:00Z'), end: at('2026-11-06T16:00:00Z'), days: [{ date: '2026-11-06', hours: 8 }], sources: [] };
    const r = auditClients([scope({ lines: week.slice(0, 4).map((d) => line(d, 'acme', 8, 60)), gaps: [gap] })], week.map((d) => ev(d, 'acme', 8)), 5);
    expect(r.clients[0]).toMatchObject({
      invoicedHours: 32,
      evidenceHours: 40,
      unbilledHours: 8,
      overbilledHours: 0,
      rate: 60,
      unbilledAmount: 480,
      flagged: true,
      untrackedHours: 8,
      untrackedAmount: 480,
      trackedNotInvoicedHours: 0,
      trackedNotInvoicedAmount: 0,
      invoicedWithoutEvidenceHours: 0,
    });
    expect(r.days.find((d) => d.date === '2026-11-06')).toEqual({ client: 'acme', date: '2026-11-06', invoicedHours: 0, evidenceHours: 8, differenceHours: 8 });
  });

  it('untracked hours are priced at the rate of each day they fall on', () => {
    // A gap across midnight: 2 h on the 3rd at 90, 1.5 h on the 4th at 100 (the rate from the 4th).
    const gap: UntrackedGap = { start: 0, end: 1, days: [{ date: '2026-11-03', hours: 2 }, { date: '2026-11-04', hours: 1.5 }], sources: [] };
    const rateOn = (d: string): number => (d >= '2026-11-04' ? 100 : 90);
    const r = auditClients([scope({ gaps: [gap], rateOn })], [ev('2026-11-03', 'acme', 2), ev('2026-11-04', 'acme', 1.5)], 5);
    expect(r.clients[0]).toMatchObject({ untrackedHours: 3.5, untrackedAmount: 330, unbilledAmount: 330, rate: 100 });
  });

  it('tracked but not invoiced takes the money --unbilled would bill, and adds to the untracked money', () => {
    const unit: TrackedUnit = { date: '2026-11-05', project: 'web', hours: 1.5, amount: 142.5, currency: 'USD', entries: [{ id: 'E1', start: 0, end: 1, hours: 1.4, note: null }] };
    const gap: UntrackedGap = { start: 0, end: 1, days: [{ date: '2026-11-06', hours: 0.25 }], sources: [] };
    const r = auditClients([scope({ lines: [line('2026-11-02', 'acme', 8, 95)], units: [unit], gaps: [gap], rateOn: () => 95 })], [ev('2026-11-02', 'acme', 8), ev('2026-11-05', 'acme', 1.4), ev('2026-11-06', 'acme', 0.25)], 5);
    // 1.65 h net unbilled > max(5 % of 8 h, 0.25 h) = 0.4 h; money 142.50 + 0.25 × 95 = 23.75.
    expect(r.clients[0]).toMatchObject({ unbilledHours: 1.65, flagged: true, trackedNotInvoicedHours: 1.5, trackedNotInvoicedAmount: 142.5, untrackedAmount: 23.75, unbilledAmount: 166.25 });
  });

  it('invoiced without evidence leaves out what rounding added; rounding up never flags', () => {
    // Tuesday: 3 h billed (2.75 h tracked, rounded up), 2 h of evidence: 0.75 h without evidence.
    // Wednesday: 0.25 h billed for 0.15 h tracked and evidenced: rounding only.
    const lines = [line('2026-11-03', 'acme', 3, 80, { trackedHours: 2.75 }), line('2026-11-04', 'acme', 0.25, 80, { trackedHours: 0.15 })];
    const r = auditClients([scope({ lines })], [ev('2026-11-03', 'acme', 2), ev('2026-11-04', 'acme', 0.15)], 5);
    expect(r.clients[0]).toMatchObject({ flagged: false, unbilledHours: 0, overbilledHours: 1.1, roundingHours: 0.35, invoicedWithoutEvidenceHours: 0.75, invoicedWithoutEvidenceAmount: 60 });
    expect(r.clients[0]!.invoicedWithoutEvidence).toEqual([{ date: '2026-11-03', invoicedHours: 3, evidenceHours: 2, roundingHours: 0.25, hours: 0.75, amount: 60, invoices: ['A1'] }]);
  });

  it('flags only above max(tolerance × invoiced, 0.25 h)', () => {
    const lines = [line('2026-11-02', 'acme', 20, 50)];
    const flagged = (evidence: number, tol: number, l = lines): boolean => auditClients([scope({ lines: l })], [ev('2026-11-02', 'acme', evidence)], tol).clients[0]!.flagged;
    // 5 % of 20 h is 1 h: exactly 1 h unbilled is within tolerance.
    expect(flagged(21, 5)).toBe(false);
    expect(flagged(21.01, 5)).toBe(true);
    // On a small invoice the 0.25 h floor applies: 0.2 h over 2 h is not flagged even at 0 %.
    const small = [line('2026-11-02', 'acme', 2, 50)];
    expect(flagged(2.2, 0, small)).toBe(false);
    expect(flagged(2.3, 0, small)).toBe(true);
  });

  it('hours other invoices bill in the period count as billed, not as unbilled', () => {
    const r = auditClients([scope({ lines: [line('2026-11-02', 'acme', 8, 60)], elsewhere: [line('2026-11-03', 'acme', 8, 60, { invoice: 'A2' })] })], [ev('2026-11-02', 'acme', 8), ev('2026-11-03', 'acme', 8)], 5);
    expect(r.clients[0]).toMatchObject({ invoicedHours: 8, billedElsewhereHours: 8, unbilledHours: 0, flagged: false });
  });

  it('keeps clients in their own currencies, and refuses one client billed in two', () => {
    const acme = scope({ lines: [line('2026-11-02', 'acme', 5, 90)] });
    const globex = scope({ client: 'globex', lines: [line('2026-11-02', 'globex', 10, 110, { currency: 'EUR' })], currency: 'EUR' });
    const r = auditClients([globex, acme], [ev('2026-11-02', 'acme', 7), ev('2026-11-02', 'globex', 9)], 5);
    expect(r.clients.map((c) => [c.client, c.currency, c.unbilledHours, c.overbilledHours, c.flagged])).toEqual([
      ['acme', 'USD', 2, 0, true],
      ['globex', 'EUR', 0, 1, false],
    ]);
    const bad = scope({ lines: [line('2026-11-02', 'acme', 5, 90), line('2026-11-03', 'acme', 5, 90, { currency: 'EUR' })] });
    expect(() => auditClients([bad], [], 5)).toThrow(/bill acme in USD and EUR/);
  });

  it('counts undated lines for the client over the period, but on no day', () => {
    const r = auditClients([scope({ lines: [line(null, 'acme', 30, 60)] })], week.map((d) => ev(d, 'acme', 7)), 5);
    expect(r.clients[0]).toMatchObject({ invoicedHours: 30, evidenceHours: 35, unbilledHours: 5 });
    expect(r.undatedHours).toEqual({ acme: 30 });
    expect(r.days.every((d) => d.invoicedHours === 0)).toBe(true);
  });
});
