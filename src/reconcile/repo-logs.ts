// Reading many repos at once, a few at a time: each started repo gets its `git config` and its
// `git log` spawned as soon as a slot is free, so git works while node reads the rest of the evidence.
import { spawnGitLog, type GitLogRun } from './git-log-run.ts';
import { repoInfo, type RepoInfo } from './repos.ts';

export interface RepoRead {
  info: Promise<RepoInfo>;
  log: Promise<GitLogRun>;
}

export class RepoLogs {
  private readonly started = new Map<string, RepoRead>();
  private running = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly since: number,
    private readonly limit = 4,
  ) {}

  /** Starts reading `top` (once): at once when fewer than `limit` repos are being read. */
  start(top: string): void {
    if (this.started.has(top)) return;
    let settle!: (run: Promise<GitLogRun>, info: Promise<RepoInfo>) => void;
    const both = new Promise<[Promise<GitLogRun>, Promise<RepoInfo>]>((resolve) => (settle = (run, info) => resolve([run, info])));
    // Spawned synchronously when a slot is free, so git starts before node turns to other work.
    const begin = (): void => {
      this.running++;
      let run: Promise<GitLogRun>;
      try {
        run = Promise.resolve(spawnGitLog(top, this.since));
      } catch (err) {
        run = Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
      settle(run, repoInfo(top));
      void run.then((r) => r.exited).catch(() => {}).finally(() => {
        this.running--;
        this.waiting.shift()?.();
      });
    };
    if (this.running < this.limit) begin();
    else this.waiting.push(begin);
    const read: RepoRead = { log: both.then(([run]) => run), info: both.then(([, info]) => info) };
    // Failures surface when the repo is read; until then they must not count as unhandled.
    read.log.catch(() => {});
    read.info.catch(() => {});
    this.started.set(top, read);
  }

  tops(): string[] {
    return [...this.started.keys()].sort();
  }

  get(top: string): RepoRead {
    const r = this.started.get(top);
    if (!r) throw new Error(`repo not started: ${top}`);
    return r;
  }

  /** After an error: start nothing more and remove what was written. */
  discard(): void {
    this.waiting = [];
    for (const r of this.started.values()) void r.log.then((run) => run.discard(), () => {});
  }
}
