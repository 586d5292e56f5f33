// An invoice's status as JSON (`tt invoice list --json`, and sent, paid and void with --json).
import type { InvoiceStatus } from './status.ts';

export function statusJson(s: InvoiceStatus): Record<string, unknown> {
  const i = s.invoice;
  return {
    id: i.id,
    number: i.number,
    kind: i.kind,
    status: s.state,
    issued: i.issued,
    due: i.due,
    sent: s.sent,
    daysOverdue: s.daysOverdue,
    balances: s.balances,
    payments: s.payments,
    settled: s.settled,
    voided: s.voided,
    notes: s.notes,
  };
}
