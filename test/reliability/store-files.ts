// Reading a data folder from the outside, the way a careful user would check it: every event id in
// the month shards (counted, so a doubled record shows), a byte-for-byte snapshot of every file, and
// a way to write a journal or shard directly in the stored format.
import { readdirSync, readFileSync, renameSync, statSync, existsSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ulid } from 'ulid';

/** Every file under `dir` (relative path -> exact bytes as latin1 text), so two snapshots compare exactly. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        out.set(`${relative(dir, p)}/`, '');
        walk(p);
      } else out.set(relative(dir, p), readFileSync(p).toString('latin1'));
    }
  };
  walk(dir);
  return out;
}

/** Files whose name looks like an unfinished atomic write or a lock taken aside. */
export function leftovers(dir: string): string[] {
  return [...snapshot(dir).keys()].filter((f) => /\.tmp$|\.stale\.\d+$/.test(f));
}

/** The parsed events of every month shard under events/, with the file each came from. */
export function shardEvents(home: string): { file: string; id: string; kind: string; note?: string; entry?: string }[] {
  const root = join(home, 'events');
  const out: { file: string; id: string; kind: string; note?: string; entry?: string }[] = [];
  if (!existsSync(root)) return out;
  for (const device of readdirSync(root)) {
    for (const f of readdirSync(join(root, device))) {
      if (!/^\d{4}-\d{2}\.json$/.test(f)) continue;
      const file = join(root, device, f);
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { version: number; events: { id: string; kind: string; note?: string; entry?: string }[] };
      if (doc.version !== 1) throw new Error(`${file}: version ${doc.version}`);
      for (const e of doc.events) out.push({ file, ...e });
    }
  }
  return out;
}

/** How often each value occurs. */
export function counts(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/** The values that occur other than exactly once, and the expected ones that are missing. */
export function notExactlyOnce(expected: readonly string[], seen: readonly string[]): { missing: string[]; doubled: string[]; unexpected: string[] } {
  const c = counts(seen);
  const want = new Set(expected);
  return {
    missing: expected.filter((v) => !c.has(v)),
    doubled: [...c].filter(([, n]) => n > 1).map(([v]) => v),
    unexpected: [...c.keys()].filter((v) => !want.has(v)),
  };
}

/**
 * Makes every journal a fold set aside look as if it was set aside, and last written, an hour ago:
 * the next fold, its grace period over, removes it (the name carries when it was set aside).
 */
export function ageAsides(home: string): void {
  const hourAgo = Date.now() - 3600_000;
  for (const f of readdirSync(home).filter((n) => /^journal\..+\.aside$/.test(n))) {
    const old = join(home, `journal.${ulid(hourAgo)}.aside`);
    renameSync(join(home, f), old);
    utimesSync(old, new Date(hourAgo), new Date(hourAgo));
  }
}
