// The capture journal and the files a fold set aside: lines that are no record tt knows. The next fold
// moves them to quarantine/ on its own, so this is a notice, not damage.
import { count } from '../core/plural.ts';
import { asideFiles } from '../store/fold.ts';
import { parseJournal } from '../store/journal.ts';
import { attempt, type Check, type Finding } from './check.ts';

export const journal: Check = {
  name: 'journal',
  covers: 'the capture journal and set-aside journal files: every line a record',
  run({ ctx, p }) {
    const findings: Finding[] = [];
    for (const file of [...asideFiles(ctx, p), p.journal]) {
      attempt(findings, file, () => {
        if (!ctx.fs.existsSync(file)) return;
        const { bad } = parseJournal(ctx.fs.readFileSync(file, 'utf8'));
        if (!bad.length) return;
        findings.push({
          file,
          problem: `${count(bad.length, 'unreadable line')}, first at line ${bad[0]!.line}; the next fold moves them to quarantine/`,
          repaired: false,
          severity: 'notice',
        });
      });
    }
    return findings;
  },
};
