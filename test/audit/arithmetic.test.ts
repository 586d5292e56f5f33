import { describe, expect, it } from 'vitest';
import { auditInvoice, type AuditLine, type EvidenceDay } from '../../src/reconcile/audit/audit.ts';
import { auditPeriod } from '../../src/reconcile/audit/period.ts';

const noFacts = () => ({ rateOnLastDay: null, currency: null });
const line = (date: string | null, client: string, hours: number, rate: number | null, currency = 'USD'): AuditLine => ({ date, client, hours, rate, currency });
const ev = (date: string, client: string, evidenceHours: number): EvidenceDay => ({ date, client, evidenceHours });
const week = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'];

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
  const period = { from: '2026-11-02', to: '2026-11-08', source: 'assumed' as const };

  it('finds the classic case: 40 hours worked, 32 billed, $480 lost at $60', () => {
    const lines = week.slice(0, 4).map((d) => line(d, 'acme', 8, 60));
    const evidence = week.map((d) => ev(d, 'acme', 8));
    const r = auditInvoice(lines, evidence, period, noFacts, 5);
    expect(r.clients).toEqual([
      { client: 'acme', invoicedHours: 32, evidenceHours: 40, unbilledHours: 8, overbilledHours: 0, rate: 60, currency: 'USD', unbilledAmount: 480, flagged: true },
    ]);
    // Friday is where the hours went.
    expect(r.days.find((d) => d.date === '2026-11-06')).toEqual({ client: 'acme', date: '2026-11-06', invoicedHours: 0, evidenceHours: 8, differenceHours: 8 });
    expect(r.days).toHaveLength(5);
  });

  it('flags only above max(tolerance × invoiced, 0.25 h)', () => {
    const lines = [line('2026-11-02', 'acme', 20, 50)];
    // 5 % of 20 h is 1 h: exactly 1 h unbilled is within tolerance.
    expect(auditInvoice(lines, [ev('2026-11-02', 'acme', 21)], period, noFacts, 5).clients[0]!.flagged).toBe(false);
    expect(auditInvoice(lines, [ev('2026-11-02', 'acme', 21.01)], period, noFacts, 5).clients[0]!.flagged).toBe(true);
    // On a small invoice the 0.25 h floor applies: 0.2 h over 2 h is not flagged even at 0 %.
    const small = [line('2026-11-02', 'acme', 2, 50)];
    expect(auditInvoice(small, [ev('2026-11-02', 'acme', 2.2)], period, noFacts, 0).clients[0]!.flagged).toBe(false);
    expect(auditInvoice(small, [ev('2026-11-02', 'acme', 2.3)], period, noFacts, 0).clients[0]!.flagged).toBe(true);
  });

  it('prices unbilled hours at the hours-weighted mean rate, or the client rate when lines have none', () => {
    // (2 h × 100 + 6 h × 80) / 8 h = 85; 2 h unbilled = 170.
    const mixed = [line('2026-11-02', 'acme', 2, 100), line('2026-11-03', 'acme', 6, 80)];
    const r = auditInvoice(mixed, [ev('2026-11-02', 'acme', 4), ev('2026-11-03', 'acme', 6)], period, noFacts, 5);
    expect(r.clients[0]).toMatchObject({ rate: 85, unbilledHours: 2, unbilledAmount: 170 });
    const unpriced = [line('2026-11-02', 'acme', 5, null, 'EUR')];
    const facts = () => ({ rateOnLastDay: 120, currency: 'EUR' });
    expect(auditInvoice(unpriced, [ev('2026-11-02', 'acme', 6)], period, facts, 5).clients[0]).toMatchObject({ rate: 120, currency: 'EUR', unbilledAmount: 120 });
  });

  it('keeps clients in their own currencies, reports overbilling, and refuses one client in two currencies', () => {
    const lines = [line('2026-11-02', 'acme', 5, 90, 'USD'), line('2026-11-02', 'globex', 10, 110, 'EUR')];
    const r = auditInvoice(lines, [ev('2026-11-02', 'acme', 7), ev('2026-11-02', 'globex', 9)], period, noFacts, 5);
    expect(r.clients.map((c) => [c.client, c.currency, c.unbilledAmount, c.overbilledHours, c.flagged])).toEqual([
      ['acme', 'USD', 180, 0, true],
      ['globex', 'EUR', 0, 1, false],
    ]);
    const bad = [line('2026-11-02', 'acme', 5, 90, 'USD'), line('2026-11-03', 'acme', 5, 90, 'EUR')];
    expect(() => auditInvoice(bad, [], period, noFacts, 5)).toThrow(/bills acme in USD and EUR/);
  });

  it('counts undated lines for the client over a given period, but on no day', () => {
    const lines = [line(null, 'acme', 30, 60)];
    const r = auditInvoice(lines, week.map((d) => ev(d, 'acme', 7)), { from: '2026-11-02', to: '2026-11-08', source: 'given' }, noFacts, 5);
    expect(r.clients[0]).toMatchObject({ invoicedHours: 30, evidenceHours: 35, unbilledHours: 5, unbilledAmount: 300 });
    expect(r.undatedHours).toEqual({ acme: 30 });
    expect(r.days.every((d) => d.invoicedHours === 0)).toBe(true);
  });
});
