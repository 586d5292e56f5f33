// Which stored invoice a reference names: its number, its id or a unique part of the id, or (none
// given) the most recent one.
import { count } from '../core/plural.ts';
import { closest } from '../core/client.ts';
import { DataError, UsageError } from '../core/errors.ts';
import type { Invoice } from './model.ts';

/**
 * The invoice `ref` names. `damaged`: invoice files that could not be read. When the one asked for
 * may be among them (none given, so "the most recent"; or nothing readable matches), that is
 * damage (exit 3), never "no invoices yet".
 */
export function findInvoice(invoices: readonly Invoice[], ref: string | undefined, damaged: readonly DataError[] = []): Invoice {
  const q0 = (ref ?? '').trim();
  if (damaged.length && (!q0 || q0 === 'last')) {
    throw new DataError(
      `${count(damaged.length, 'invoice file')} ${damaged.length === 1 ? 'is' : 'are'} damaged (named above), so tt cannot tell which invoice is the most recent`,
      'Name the invoice (`tt invoice list` shows the readable ones), and restore the damaged file from a backup or the sync remote; `tt doctor` lists every damaged file.',
    );
  }
  try {
    return findReadable(invoices, ref);
  } catch (err) {
    if (!damaged.length || !(err instanceof UsageError)) throw err;
    throw new DataError(`${err.message.replace(/^there are no invoices yet$/, 'no invoice can be read')}; it may be in a damaged invoice file (named above)`);
  }
}

function findReadable(invoices: readonly Invoice[], ref: string | undefined): Invoice {
  if (!invoices.length) throw new UsageError('there are no invoices yet', 'Make one with `tt invoice create`, or record one with `tt invoice import FILE`.');
  const q = (ref ?? '').trim();
  if (!q || q === 'last') return invoices[invoices.length - 1]!;
  const byNumber = invoices.filter((i) => i.number === q);
  if (byNumber.length === 1) return byNumber[0]!;
  if (byNumber.length > 1) throw new UsageError(`${byNumber.length} invoices have the number ${q} (made on different machines)`, `Name one by id: ${byNumber.map((i) => i.id).join(', ')}.`);
  const u = q.toUpperCase();
  const byId = u.length >= 4 ? invoices.filter((i) => i.id === u || i.id.endsWith(u) || i.id.startsWith(u)) : [];
  if (byId.length === 1) return byId[0]!;
  if (byId.length > 1) throw new UsageError(`"${q}" matches ${byId.length} invoices`, 'Give more characters of the id, or the number.');
  const guess = closest(q, invoices.map((i) => i.number));
  throw new UsageError(`no invoice has the number or id "${q}"`, guess ? `Did you mean ${guess}? (\`tt invoice list\` shows them all.)` : '`tt invoice list` shows them.');
}

/** Numbers used by more than one invoice: possible once invoices from two machines are synced. */
export function duplicateNumbers(invoices: readonly Invoice[]): string[] {
  const seen = new Map<string, number>();
  for (const i of invoices) seen.set(i.number, (seen.get(i.number) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}
