// What one check of `tt doctor` is, what it may report, and the runner that keeps a failing check
// from taking the others down: doctor is run exactly when something is wrong, so it must never crash.
// A new check is a file exporting a Check and one line in checks.ts.
import type { Ctx } from '../platform/context.ts';
import { TtError } from '../core/errors.ts';
import type { Paths } from '../store/paths.ts';
import type { Finding as StoredFinding } from '../store/repair.ts';
import type { Store } from '../store/store.ts';

/**
 * `damage`: stored data tt cannot use as it is (exit 3 until repaired); `unreadable`: a file or
 * folder tt may not read (exit 4); `notice`: worth knowing, nothing is wrong (exit 0).
 */
export type Severity = 'damage' | 'unreadable' | 'notice';

export interface Finding extends StoredFinding {
  severity?: Severity; // default: damage
  /** What the user can do, when doctor cannot repair it (or how `--repair` would). */
  fix?: string;
}

export interface Doctor {
  ctx: Ctx;
  store: Store;
  p: Paths;
  repair: boolean;
  /** Memoised reads shared by several checks (see events.ts). */
  memo: Map<string, unknown>;
}

export interface Check {
  name: string;
  /** What it looks at, in a few words (shown by `--json` and in docs/reliability.md). */
  covers: string;
  /** Checks after this one only run when it reported nothing unreadable (the data folder itself). */
  gate?: boolean;
  /**
   * Reads what `run` needs that can only be read asynchronously (history through the store), into
   * `d.memo`, before the lock is taken: `run` itself is synchronous, because `--repair` runs the
   * checks under the store lock, which takes a synchronous function.
   */
  prepare?(d: Doctor): Promise<void>;
  run(d: Doctor): Finding[];
}

export interface CheckResult {
  name: string;
  covers: string;
  findings: Finding[];
}

export const severity = (f: Finding): Severity => f.severity ?? 'damage';

/** Runs every check; an error a check did not catch becomes its finding, and the next check runs. */
export function runChecks(d: Doctor, checks: readonly Check[]): CheckResult[] {
  const results: CheckResult[] = [];
  for (const check of checks) {
    let findings: Finding[];
    try {
      const failed = d.memo.get(`prepare:${check.name}`);
      if (failed) throw failed instanceof Error ? failed : new Error(JSON.stringify(failed));
      findings = check.run(d);
    } catch (err) {
      findings = [failure(err, d.p.root, check.name)];
    }
    results.push({ name: check.name, covers: check.covers, findings });
    if (check.gate && findings.some((f) => severity(f) === 'unreadable')) break;
  }
  return results;
}

/** Runs every check's prepare; one that fails is reported by its check's run. */
export async function prepareChecks(d: Doctor, checks: readonly Check[]): Promise<void> {
  for (const check of checks) {
    try {
      await check.prepare?.(d);
    } catch (err) {
      d.memo.set(`prepare:${check.name}`, err ?? new Error('failed'));
    }
  }
}

/**
 * Runs `fn` for one file; a failure to read it becomes an `unreadable` finding (and damage stays
 * damage), so one bad file never hides the others of the same check.
 */
export function attempt(findings: Finding[], file: string, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    findings.push(failure(err, file));
  }
}

/** The finding for an error: unreadable for filesystem errors, damage for tt's own verdicts. */
export function failure(err: unknown, file: string, check?: string): Finding {
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
    const how = /^(open|read|scandir|stat|lstat|readlink|realpath|access)$/.test(e.syscall ?? 'open') ? 'read' : 'written';
    return { file: e.path ?? file, problem: `cannot be ${how}: ${e.code}`, repaired: false, severity: 'unreadable', fix: 'Fix its permissions (or the disk), then run `tt doctor` again.' };
  }
  if (err instanceof TtError) {
    const unreadable = err.exitCode === 4;
    return { file, problem: err.message, repaired: false, severity: unreadable ? 'unreadable' : 'damage', ...(err.hint ? { fix: err.hint } : {}) };
  }
  const what = check ? `the ${check} check could not finish` : 'could not be checked';
  return { file, problem: `${what}: ${(err as Error)?.message ?? String(err)}`, repaired: false, fix: 'This is a bug in tt; please report it with the output of `tt doctor --json`.' };
}

/** 0 when all is well (or repaired), 4 when something could not be read, else 3. */
export function exitCode(results: readonly CheckResult[]): number {
  const open = results.flatMap((r) => r.findings).filter((f) => !f.repaired);
  if (open.some((f) => severity(f) === 'unreadable')) return 4;
  return open.some((f) => severity(f) === 'damage') ? 3 : 0;
}
