// The `git log` format tt reads and the rules for one line of it: which commits count. The process
// and the stream are in git-log-run.ts.

export interface LogCommit {
  at: number; // author time, epoch ms
  sha: string;
  email: string;
  subject: string;
}

export interface LogOptions {
  /** Author addresses that count, lower case: me.emails and the repo's own user.email. */
  authors: ReadonlySet<string>;
  /** Author times to keep, [since, until). */
  since: number;
  until: number;
  /** Shas already read (from another clone of the same history): each commit counts once. */
  seen: Set<string>;
  /** Called every 1,000 lines read, for the progress line. */
  onLines?: (count: number) => void;
}

// Author time, sha, parents, author e-mail, subject; tabs between (a subject may hold a tab, so it
// comes last and keeps the rest of the line).
export const LOG_FORMAT = '--format=%at%x09%H%x09%P%x09%ae%x09%s';

/** One log line, or null when it does not count: a merge (by parent count), another author, a sha seen. */
export function parseLogLine(line: string, o: LogOptions): LogCommit | null {
  const t1 = line.indexOf('\t');
  const t2 = line.indexOf('\t', t1 + 1);
  const t3 = line.indexOf('\t', t2 + 1);
  const t4 = line.indexOf('\t', t3 + 1);
  if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0) return null;
  const parents = line.slice(t2 + 1, t3);
  if (parents.includes(' ')) return null; // two or more parents: a merge
  const email = line.slice(t3 + 1, t4).toLowerCase();
  if (!o.authors.has(email)) return null;
  const at = Number(line.slice(0, t1)) * 1000;
  if (!(at >= o.since && at < o.until)) return null;
  const sha = line.slice(t1 + 1, t2);
  if (o.seen.has(sha)) return null;
  o.seen.add(sha);
  return { at, sha, email, subject: line.slice(t4 + 1) };
}

/** A repo whose history could not be read: reported as a warning, the other repos still count. */
export class GitLogError extends Error {
  constructor(
    readonly repo: string,
    readonly reason: string,
  ) {
    super(`cannot read the history of ${repo}: ${reason}`);
  }
}
