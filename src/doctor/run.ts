// Runs doctor's checks over a data folder. With --repair the checks run under the store lock, but
// only once the folder itself has been found readable; a lock that cannot be taken (a read-only
// folder, another tt busy) is reported and the checks still run, without repairing.
import type { Store } from '../store/store.ts';
import { failure, prepareChecks, runChecks, severity, type Check, type CheckResult, type Doctor } from './check.ts';
import { CHECKS } from './checks.ts';
import { TIMER_REPAIR } from './timer.ts';
import type { Entry } from '../core/events.ts';

export async function runDoctor(store: Store, repair: boolean, checks: readonly Check[] = CHECKS): Promise<CheckResult[]> {
  const memo = new Map<string, unknown>();
  const d = (r: boolean): Doctor => ({ ctx: store.ctx, store, p: store.p, repair: r, memo });
  const gates = runChecks(d(false), checks.filter((c) => c.gate));
  if (gates.some((g) => g.findings.some((f) => severity(f) === 'unreadable'))) return gates;
  const rest = checks.filter((c) => !c.gate);
  await prepareChecks(d(false), rest);
  // Nothing stored yet: nothing to repair, and taking the lock would create the folder.
  if (!repair || !store.ctx.fs.existsSync(store.p.root)) return [...gates, ...runChecks(d(false), rest)];
  let results: CheckResult[] | null = null;
  try {
    store.lock(() => {
      results = runChecks(d(true), rest);
      if (memo.has(TIMER_REPAIR)) store.transaction((tx) => tx.setTimer(memo.get(TIMER_REPAIR) as Entry | null));
    });
    return [...gates, ...results!];
  } catch (err) {
    // The lock could not be taken, or the repairs held back to its end (the timer) failed to write.
    const done: CheckResult[] = results ?? runChecks(d(false), rest);
    if (results) for (const r of done) if (r.name === 'timer') r.findings = r.findings.map((f) => ({ ...f, repaired: false }));
    return [...gates, { name: 'repair', covers: 'taking the lock and writing the repairs', findings: [failure(err, store.p.lock)] }, ...done];
  }
}
