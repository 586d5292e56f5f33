// What linking an imported invoice did, in words: entries marked, and the lines that marked nothing.
import { hoursText } from './hours-text.ts';
import type { LinkResult } from './link.ts';
import type { Invoice } from './model.ts';

export function linkText(inv: Invoice, link: LinkResult, dryRun: boolean): string {
  const out: string[] = [];
  const n = new Set([...link.covers.values()].flat().map((c) => c.entry)).size;
  out.push(n ? `${dryRun ? 'Would mark' : 'Marked'} ${n} tracked entr${n === 1 ? 'y' : 'ies'} (${hoursText(link.hours)}) as billed by it; what no line covers stays unbilled.` : 'No unbilled tracked entry of its clients on its days: nothing was marked.');
  const line = (i: number): string => {
    const l = inv.lines[i]!;
    return `line ${i + 1} (${l.date ?? 'no date'}, ${l.client}${l.project ? `/${l.project}` : ''}, ${hoursText(l.hours)})`;
  };
  if (link.undated.length) out.push(`Lines without a date match no entry: ${link.undated.map(line).join(', ')}.`);
  // When nothing matched at all, listing every line says nothing more.
  if (link.unmatched.length && n) out.push(`Lines with no unbilled tracked entry on their day (work tracked only in the other tool, or billed already): ${link.unmatched.map(line).join(', ')}.`);
  return `${out.join('\n')}\n`;
}
