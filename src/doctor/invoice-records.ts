// invoices/events/<device>.jsonl: every line of the invoices' status records (sent, paid, voided,
// notes, links) is a record tt reads. A line that is not whole JSON is a write that failed (said as
// a notice: its command recorded nothing); a whole line that is not a record is damage. Nothing is
// repaired: a payment must never vanish behind the user's back.
import * as schemas from '../invoices/schema.ts';
import { readRecordsWith, recordsDir } from '../invoices/records.ts';
import type { Check, Finding } from './check.ts';

export const invoiceRecords: Check = {
  name: 'invoice records',
  covers: 'invoices/events/<device>.jsonl: every line is a status record (sent, paid, void, note, link)',
  run({ ctx, p }) {
    if (!ctx.fs.existsSync(recordsDir(p.invoices))) return [];
    const read = readRecordsWith(ctx.fs, p.invoices, schemas);
    const findings: Finding[] = read.damaged.map((d) => ({ file: recordsDir(p.invoices), problem: d.message, repaired: false, fix: d.hint ?? '' }));
    for (const u of read.unfinished) findings.push({ file: recordsDir(p.invoices), problem: u, repaired: false, severity: 'notice', fix: 'Nothing to do: the command that wrote it failed and recorded nothing; run it again if it is still needed.' });
    return findings;
  },
};
