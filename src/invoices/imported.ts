// Rows of an imported export become invoice lines: billable rows only (unless asked), clients
// through their names and --alias names, rate from the file or amount ÷ hours, currency from the
// row, the header, or else the client. Pure; a bad row is a RowError like a bad cell.
import { closest, type Client } from '../core/client.ts';
import { price } from '../core/money.ts';
import type { DayRange } from '../core/ranges.ts';
import { isoUtc } from '../core/time.ts';
import { round4 } from './build.ts';
import type { InvoiceLine } from './model.ts';
import { rowInterval } from './row-interval.ts';
import { RowError, type ExportFormat, type ParsedExport, type RowProblem, type TimeRow } from './rows.ts';

export interface MapOptions {
  clients: readonly Client[];
  /** --client: for rows that name no client. */
  fallbackClient?: string;
  period: DayRange | null;
  includeNonBillable?: boolean;
  skipBad?: boolean;
  /** The zone wall times in the file are read in: timed rows keep their instants, for linking. */
  tz?: string;
}

export interface MappedImport {
  lines: InvoiceLine[];
  skipped: RowProblem[];
  /** Rows left out on purpose: marked non-billable, or with no time. */
  nonBillable: number[];
  empty: number[];
}

export function clientByName(clients: readonly Client[], name: string): Client | undefined {
  const n = name.trim().toLowerCase();
  return clients.find((c) => c.name.toLowerCase() === n) ?? clients.find((c) => c.aliases.some((a) => a.trim().toLowerCase() === n));
}

function column(format: ExportFormat, name: string): string {
  return format === 'tt' ? name.toLowerCase() : name;
}

function line(row: TimeRow, parsed: ParsedExport, o: MapOptions): InvoiceLine {
  const fail = (col: string | null, message: string, hint?: string): never => {
    throw new RowError({ file: parsed.file, line: row.line, column: col && column(parsed.format, col), message }, hint);
  };
  const name = row.client ?? o.fallbackClient ?? fail('Client', 'names no client', 'Give --client NAME for rows without one.');
  const client =
    clientByName(o.clients, name) ??
    fail('Client', `"${name}" is not a client of tt`, `Add it as an alias: \`tt client set ${closest(name, o.clients.map((c) => c.name)) ?? 'NAME'} --alias "${name}"\`, or \`tt client add\` it.`);
  if (row.date === null && !o.period) fail('Date', 'has no date', 'Give --period FROM..TO for an invoice whose lines have no dates.');
  if (row.date && o.period && (row.date < o.period.from || row.date > o.period.to)) fail('Date', `${row.date} is outside --period ${o.period.from}..${o.period.to}`);
  const hours = round4(row.hours);
  const billed = row.amount !== null && row.amount > 0 ? row.amount : null;
  // A rate of 0 is how Clockify and Toggl write "no rate set"; audit then uses the client's rate.
  const rate = row.rate !== null && row.rate > 0 ? row.rate : billed !== null && hours > 0 ? round4(billed / hours) : null;
  const interval = o.tz ? rowInterval(row, o.tz) : null;
  return {
    date: row.date,
    client: client.name,
    project: row.project,
    hours,
    trackedHours: null,
    rate,
    currency: row.currency ?? client.currency,
    amount: billed ?? (rate === null ? null : price(hours, rate)),
    description: [row.task, row.description].filter(Boolean).join(': '),
    ...(interval && interval.end > interval.start ? { span: { start: isoUtc(interval.start), end: isoUtc(interval.end) } } : {}),
  };
}

export function mapImport(parsed: ParsedExport, o: MapOptions): MappedImport {
  const out: MappedImport = { lines: [], skipped: [...parsed.skipped], nonBillable: [], empty: [] };
  for (const row of parsed.rows) {
    if (row.billable === false && !o.includeNonBillable) {
      out.nonBillable.push(row.line);
      continue;
    }
    if (round4(row.hours) === 0) {
      out.empty.push(row.line);
      continue;
    }
    try {
      out.lines.push(line(row, parsed, o));
    } catch (err) {
      if (!(err instanceof RowError) || !o.skipBad) throw err;
      out.skipped.push(err.problem);
    }
  }
  out.skipped.sort((a, b) => a.line - b.line);
  return out;
}

/** A client's lines must share one currency: audit prices a client's hours in one. */
export function mixedCurrency(lines: readonly InvoiceLine[]): { client: string; currencies: string[] } | null {
  const seen = new Map<string, Set<string>>();
  for (const l of lines) seen.set(l.client, (seen.get(l.client) ?? new Set()).add(l.currency));
  for (const [client, set] of seen) if (set.size > 1) return { client, currencies: [...set].sort() };
  return null;
}
