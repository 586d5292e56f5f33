// The documented `--json` documents of the main commands, as zod schemas: docs/interface.md shows
// them (made from these by `npm run docs`), and test/interface/json-shapes.test.ts runs the commands
// on a store and checks their real output against them, strictly (a field added or dropped in the
// code fails there until it is added here too), so the page cannot say what tt does not print.
// Nothing at run time imports this file: it is the interface's description, not part of a command.
import * as z from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('a local day, YYYY-MM-DD');
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/).describe('UTC ISO-8601 with Z');
const hours = z.number().describe('hours, 4 decimals');
const currency = z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217');
const money = z.number().describe('2 decimals');

export const entryShape = z
  .strictObject({
    id: z.string().describe('the ULID'),
    shortId: z.string().describe('what tt log shows; any unique abbreviation selects the entry'),
    client: z.string(),
    project: z.string().nullable(),
    tags: z.array(z.string()),
    note: z.string().nullable(),
    internalNote: z.string().nullable().describe('evidence tt review saved with it; never on an invoice'),
    start: instant,
    end: instant.nullable().describe('null while running'),
    hours: hours.describe('so far, while running'),
    running: z.boolean(),
    estimateHours: z.number().nullable(),
    tz: z.string().describe('the zone it was captured in'),
    source: z.enum(['cli', 'hook', 'shell', 'review', 'import']),
    invoice: z.string().nullable().describe('id of the invoice that bills it'),
  })
  .meta({ id: 'Entry' });

export const statusShape = z.strictObject({
  running: z.boolean(),
  entry: entryShape.nullable(),
  elapsedHours: z.number().nullable(),
  estimateHours: z.number().nullable(),
  warnings: z.array(z.strictObject({ check: z.enum(['long-running', 'past-midnight', 'over-estimate']), message: z.string() })),
  capture: z.strictObject({
    nudges: z.array(z.strictObject({ repo: z.string(), client: z.string(), since: instant.describe('session start, lead-in included'), hours, timerClient: z.string().nullable().describe('the other client whose timer runs'), hint: z.string().describe('the command to run') })),
    presence: z.array(z.strictObject({ repo: z.string(), client: z.string().nullable(), since: instant })),
  }),
});

export const logShape = z.strictObject({ from: day, to: day, tz: z.string(), entries: z.array(entryShape), totalHours: hours });

const reportMoney = z.strictObject({
  currency,
  amount: money.describe('invoiced + notInvoiced'),
  invoiced: money.describe('as the invoices billed it'),
  notInvoiced: money.describe('the rest, at the rate of its day'),
  net: money,
  tax: money,
  gross: money,
  paid: money,
  open: money,
});
const reportSums = {
  hours,
  invoicedHours: hours,
  notInvoicedHours: hours,
  nonBillableHours: hours,
  unpricedHours: hours.describe('billable, with no rate on their day'),
  money: z.array(reportMoney).describe('one per currency, by code'),
};

export const reportShape = z.strictObject({
  from: day,
  to: day,
  tz: z.string(),
  by: z.enum(['client', 'project', 'day', 'tag']),
  rounded: z.boolean(),
  groups: z.array(
    z.strictObject({
      key: z.string().nullable().describe('client, client/project, day or tag; null: time without a tag'),
      client: z.string().optional().describe('--by project only'),
      project: z.string().nullable().optional().describe('--by project only'),
      ...reportSums,
    }),
  ),
  totals: z.strictObject(reportSums).describe('over the whole report, each entry once'),
});

const span = { start: instant, end: instant.describe('exclusive') };
const evidence = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('commit'), repo: z.string(), ...span, count: z.number(), commits: z.array(z.strictObject({ sha: z.string().nullable(), at: instant, subject: z.string() })) }),
  z.strictObject({ kind: z.literal('hook'), repo: z.string(), ...span, count: z.number(), events: z.array(z.strictObject({ event: z.enum(['commit', 'checkout', 'merge']), at: instant, sha: z.string().nullable() })) }),
  z.strictObject({ kind: z.literal('presence'), repo: z.string(), ...span }),
  z.strictObject({ kind: z.literal('meeting'), title: z.string(), calendar: z.string(), ...span }),
]);
const kinds = z.array(z.enum(['commit', 'hook', 'presence', 'meeting', 'tracked']));
const gap = z.strictObject({ client: z.string(), ...span, hours, sources: z.array(evidence).describe('what proves it, by start') });
const conflict = z.strictObject({ ...span, hours, clients: z.array(z.string()), kinds });

export const reconcileShape = z.strictObject({
  from: day,
  to: day,
  tz: z.string(),
  days: z.array(z.strictObject({ date: day, client: z.string(), trackedHours: hours, evidenceHours: hours, untrackedHours: hours })),
  gaps: z.array(gap),
  conflicts: z.array(conflict),
  unassigned: z.array(
    z.union([
      z.strictObject({ kind: z.enum(['commit', 'hook', 'presence']), ...span, hours, repo: z.string() }),
      z.strictObject({ kind: z.literal('meeting'), ...span, hours, title: z.string() }),
    ]),
  ),
  totals: z.strictObject({ trackedHours: hours, evidenceHours: hours, untrackedHours: hours }),
});

export const reviewShape = z.strictObject({
  from: day,
  to: day,
  tz: z.string(),
  drafts: z.array(
    z.strictObject({
      id: z.string().describe('d1, d2, … in this output only'),
      day,
      ...span,
      hours,
      client: z.string(),
      project: z.string().nullable(),
      summary: z.string(),
      sources: z.array(z.strictObject({ kind: z.enum(['commit', 'hook', 'presence', 'meeting']), label: z.string(), start: instant, end: instant, count: z.number(), subjects: z.array(z.string()) })),
      conflict: z.strictObject({ clients: z.array(z.string()), kinds }).nullable(),
    }),
  ),
  conflicts: z.array(z.strictObject({ day, ...span, hours, clients: z.array(z.string()), kinds }).describe('settled by tracked time')),
  untrackedHours: hours,
  added: z.array(z.strictObject({ id: z.string().describe('the entry id'), draft: z.string(), ...span, hours, client: z.string(), project: z.string().nullable() })).describe('with --accept-all --yes'),
  action: z.string().nullable().describe('what tt undo reverts, with --accept-all --yes'),
});

const periodSource = z.enum(['given', 'recorded', 'assumed']).describe('--period given, recorded on the invoice, or assumed from its lines');
const auditAmount = z.number().nullable().describe('null: no rate known');
const perCurrency = z.record(z.string(), money).describe('{ CURRENCY: amount }');
export const auditShape = z.strictObject({
  invoice: z.strictObject({
    id: z.string().nullable(),
    number: z.string().nullable(),
    source: z.string().nullable(),
    from: day.nullable(),
    to: day.nullable(),
    periodAssumed: z.boolean(),
    periodSource,
  }).describe('the most recent invoice audited'),
  invoices: z.array(z.strictObject({ id: z.string(), number: z.string().nullable().describe('null for a file'), source: z.string(), clients: z.array(z.string()), from: day.nullable(), to: day.nullable(), issued: day.nullable() })),
  tz: z.string(),
  tolerancePercent: z.number(),
  amountsBeforeTax: z.literal(true),
  clients: z.array(
    z.strictObject({
      client: z.string(),
      period: z.strictObject({ from: day, to: day, source: periodSource }),
      invoices: z.array(z.string()),
      invoicedHours: hours,
      evidenceHours: hours,
      unbilledHours: hours,
      overbilledHours: hours,
      rate: z.number().nullable(),
      currency,
      unbilledAmount: auditAmount,
      flagged: z.boolean(),
      trackedNotInvoicedHours: hours,
      trackedNotInvoicedAmount: auditAmount,
      untrackedHours: hours,
      untrackedAmount: auditAmount,
      invoicedWithoutEvidenceHours: hours,
      invoicedWithoutEvidenceAmount: auditAmount,
      roundingHours: hours,
      billedElsewhereHours: hours,
      trackedNotInvoiced: z.array(z.strictObject({ date: day, project: z.string().nullable(), hours, amount: auditAmount, currency, entries: z.array(z.strictObject({ id: z.string(), shortId: z.string(), ...span, hours, note: z.string().nullable() })) })),
      untracked: z.array(z.strictObject({ ...span, hours, amount: auditAmount, days: z.array(z.strictObject({ date: day, hours })), sources: z.array(evidence) })),
      invoicedWithoutEvidence: z.array(z.strictObject({ date: day, invoicedHours: hours, evidenceHours: hours, roundingHours: hours, hours, amount: auditAmount, invoices: z.array(z.string()) })),
    }),
  ),
  days: z.array(z.strictObject({ client: z.string(), date: day, invoicedHours: hours, evidenceHours: hours, differenceHours: hours })),
  gaps: z.array(gap),
  conflicts: z.array(conflict),
  totals: z.strictObject({
    invoicedHours: hours,
    evidenceHours: hours,
    unbilledHours: hours,
    unbilledAmount: perCurrency,
    trackedNotInvoicedHours: hours,
    trackedNotInvoicedAmount: perCurrency,
    untrackedHours: hours,
    untrackedAmount: perCurrency,
    invoicedWithoutEvidenceHours: hours,
    invoicedWithoutEvidenceAmount: perCurrency,
  }),
  next: z.array(z.string()).describe('the commands that recover the money'),
});

export const invoiceListShape = z.strictObject({
  invoices: z.array(
    z.strictObject({
      id: z.string(),
      number: z.string(),
      source: z.enum(['tt', 'toggl', 'harvest', 'clockify', 'csv']),
      clients: z.array(z.string()),
      from: day.nullable(),
      to: day.nullable(),
      issued: day,
      createdAt: instant,
      lines: z.number().describe('how many'),
      totals: z.array(z.strictObject({ currency, hours, net: money, tax: money, gross: money })),
      entries: z.number().describe('how many it billed when issued'),
      entriesMarked: z.number().describe('how many it bills now'),
      file: z.string().nullable().describe('an imported file'),
      kind: z.enum(['invoice', 'cancellation']),
      status: z.enum(['issued', 'sent', 'partly paid', 'paid', 'settled', 'overdue', 'cancelled', 'voided', 'cancellation']),
      due: day.nullable(),
      sent: day.nullable(),
      daysOverdue: z.number().nullable(),
      balances: z.array(z.strictObject({ currency, gross: money, credit: money, paid: money, settled: money, open: money, overpaid: money })),
      payments: z.array(z.strictObject({ id: z.string(), on: day, amount: money, currency, carriedFrom: z.string().nullable() })),
      settled: z.array(z.strictObject({ on: day, reason: z.string(), amount: money, currency })),
      voided: z.strictObject({ on: day, cancellation: z.string().nullable(), reissue: z.string().nullable(), reason: z.string().nullable() }).nullable(),
      notes: z.array(z.strictObject({ on: day, text: z.string(), entry: z.string().nullable() })),
    }),
  ),
  duplicateNumbers: z.array(z.string()),
});

export const startShape = z.strictObject({ started: entryShape, stopped: entryShape.nullable().describe('the timer a switch stopped') });

const roundMode = z.enum(['up', 'nearest', 'down']);
export const clientListShape = z.strictObject({
  clients: z.array(
    z.strictObject({
      name: z.string(),
      rates: z.array(z.strictObject({ from: day.nullable().describe('null: from the start'), rate: z.number() })),
      currency,
      round: z.strictObject({ incrementMinutes: z.number().describe('0: no rounding'), mode: roundMode }),
      billable: z.boolean(),
      taxPercent: z.number().nullable(),
      billing: z.strictObject({
        name: z.string().nullable(),
        street: z.string().nullable(),
        postcode: z.string().nullable(),
        city: z.string().nullable(),
        country: z.string().nullable(),
        vatId: z.string().nullable(),
        email: z.string().nullable(),
        termsDays: z.number().nullable(),
        po: z.string().nullable(),
        taxMode: z.enum(['standard', 'reverse-charge', 'exempt']).nullable(),
      }),
      currencies: z.array(z.strictObject({ from: day, currency })).describe('changes from a day on; the fields above apply before the first'),
      rounds: z.array(z.strictObject({ from: day, incrementMinutes: z.number(), mode: roundMode })),
      taxes: z.array(z.strictObject({ from: day, percent: z.number().nullable() })),
      aliases: z.array(z.string()),
      rules: z.strictObject({ repos: z.array(z.string()), remotes: z.array(z.string()), meetings: z.array(z.string()), domains: z.array(z.string()), calendars: z.array(z.string()) }),
    }),
  ),
  conflicts: z.array(z.strictObject({ a: z.string(), b: z.string(), ruleA: z.string(), ruleB: z.string(), why: z.string() })).describe('rules of two clients that can claim the same evidence'),
});

export const configListShape = z.array(
  z.strictObject({
    key: z.string(),
    value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
    default: z.boolean().describe('true: not set, the default applies'),
    description: z.string(),
  }),
);

export const calendarEventsShape = z.array(
  z.strictObject({
    uid: z.string().describe('UID, or line-N when it has none'),
    recurrenceId: z.string().nullable().describe('an instance of a series: its original start'),
    title: z.string(),
    start: instant.describe('clipped to the range'),
    end: instant,
    hours,
    client: z.string().nullable(),
    status: z.enum(['confirmed', 'tentative', 'cancelled']),
    calendar: z.string(),
    counted: z.boolean().optional().describe('--all only'),
    reason: z.enum(['all-day', 'cancelled', 'transparent', 'declined']).nullable().optional().describe('--all only: why it is left out'),
  }),
);

const ratio = z.number().nullable().describe('actual ÷ estimate, 2 decimals');
export const estimatesShape = z.strictObject({
  from: day.nullable(),
  to: day.nullable(),
  tz: z.string(),
  entries: z.array(z.strictObject({ id: z.string(), shortId: z.string(), client: z.string(), project: z.string().nullable(), tags: z.array(z.string()), note: z.string().nullable(), start: instant, end: instant.nullable(), running: z.boolean(), estimateHours: hours, actualHours: hours, ratio })),
  tags: z.array(z.strictObject({ tag: z.string().nullable(), entries: z.number(), estimateHours: hours, actualHours: hours, ratio })),
  totals: z.strictObject({ entries: z.number(), estimateHours: hours, actualHours: hours, ratio }),
});

/** The documents, by the command that prints them, in the order docs/interface.md shows them. */
export const JSON_SHAPES: readonly { command: string; shape: z.ZodType }[] = [
  { command: 'tt status --json', shape: statusShape },
  { command: 'tt start --json', shape: startShape },
  { command: 'tt stop --json', shape: entryShape },
  { command: 'tt log --json', shape: logShape },
  { command: 'tt report --json', shape: reportShape },
  { command: 'tt reconcile --json', shape: reconcileShape },
  { command: 'tt review --json', shape: reviewShape },
  { command: 'tt audit --json', shape: auditShape },
  { command: 'tt invoice list --json', shape: invoiceListShape },
  { command: 'tt report --estimates --json', shape: estimatesShape },
  { command: 'tt calendar events|untagged --json', shape: calendarEventsShape },
  { command: 'tt client list --json', shape: clientListShape },
  { command: 'tt config list --json', shape: configListShape },
];
