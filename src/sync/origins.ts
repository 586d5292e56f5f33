// One file imported on two devices before they synced: both devices added an entry for each source
// record, with the same origin key (src/import). After a sync brings them together, each origin is
// kept once. Pure: which entries go. The sync records their deletion as events of its own (source
// `sync`), which `tt undo` leaves alone, and says so; both devices decide the same, so a deletion
// recorded on both is the same deletion twice, which replay applies once.
import type { Entry } from '../core/events.ts';

export interface OriginMerge {
  origin: string;
  kept: string;
  dropped: string[];
}

/**
 * For every origin held by more than one live entry: the one kept (the one an invoice bills, else
 * the one recorded first) and the others. When invoices bill two of them, nothing is dropped: that
 * is for the user to settle (`billedTwice`), since dropping one would change an issued invoice.
 */
export function originMerges(entries: readonly Entry[], billed: ReadonlySet<string>): { merges: OriginMerge[]; billedTwice: string[] } {
  const byOrigin = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!e.origin) continue;
    const list = byOrigin.get(e.origin);
    if (list) list.push(e);
    else byOrigin.set(e.origin, [e]);
  }
  const merges: OriginMerge[] = [];
  const billedTwice: string[] = [];
  for (const [origin, list] of byOrigin) {
    if (list.length < 2) continue;
    const invoiced = list.filter((e) => billed.has(e.id) || e.invoice);
    if (invoiced.length > 1) {
      billedTwice.push(origin);
      continue;
    }
    const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    const kept = invoiced[0] ?? sorted[0]!;
    merges.push({ origin, kept: kept.id, dropped: sorted.filter((e) => e !== kept).map((e) => e.id) });
  }
  return { merges: merges.sort((a, b) => (a.kept < b.kept ? -1 : 1)), billedTwice: billedTwice.sort() };
}
