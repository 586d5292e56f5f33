// Entries whose times lie outside the bounds tt now keeps (1970 to now, core/bounds.ts), stored by an
// older tt or an import before the bound existed. Read commands set them aside with one warning
// (load.ts); `tt doctor` lists each with the command that fixes it (checkInstants).
import { describeInstant, entryProblem } from '../core/bounds.ts';
import { TtError } from '../core/errors.ts';
import type { Entry } from '../core/events.ts';
import type { Finding } from './repair.ts';
import type { Store } from './store.ts';

export interface OutOfBounds {
  entry: Entry;
  problem: string;
}

export function outOfBounds(entries: readonly Entry[], now: number): OutOfBounds[] {
  const out: OutOfBounds[] = [];
  for (const entry of entries) {
    const problem = entryProblem(entry, now);
    if (problem) out.push({ entry, problem });
  }
  return out;
}

function short(e: Entry): string {
  return e.id.slice(-6);
}

/** One line for read commands: how many, the first few ids, and where the fix is. */
export function outOfBoundsWarning(bad: readonly OutOfBounds[]): string {
  const ids = bad.slice(0, 3).map((b) => short(b.entry)).join(', ');
  const more = bad.length > 3 ? `, and ${bad.length - 3} more` : '';
  const n = bad.length === 1 ? '1 entry has' : `${bad.length} entries have`;
  return `${n} times outside 1970-01-01 to now (${ids}${more}), left out here; \`tt doctor\` lists them, \`tt edit ID --from T --to T\` or \`tt delete ID\` fixes one`;
}

/** For `tt doctor`: one finding per entry outside the bounds, with its times and the fix. */
export async function checkInstants(store: Store): Promise<Finding[]> {
  let h: Awaited<ReturnType<Store['history']>>;
  try {
    h = await store.history();
  } catch (err) {
    // A data folder that cannot be read at all is doctor's own finding; nothing to add here.
    if (err instanceof TtError) return [];
    throw err;
  }
  // A journal line that is no record (the journal check's notice; the next fold quarantines it) has
  // no times to judge.
  const records = h.entries.filter((e) => typeof e.id === 'string' && typeof e.start === 'number');
  return outOfBounds(records, store.ctx.now()).map(({ entry: e, problem }) => ({
    file: store.p.events,
    problem: `entry ${e.id} (${e.client}, ${describeInstant(e.start)} to ${e.end === null ? 'now' : describeInstant(e.end)}) ${problem}: correct it with \`tt edit ${e.id} --from T --to T\`, or remove it with \`tt delete ${e.id}\``,
    repaired: false,
  }));
}
