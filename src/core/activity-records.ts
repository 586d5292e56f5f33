// The activity records of the capture capability: what hooks and the shell write (stored records,
// as folded into activity/<device>/YYYY-MM.json), and what readers get after git has filled in the
// rest (ActivityRecord, the shape `tt activity --json` prints and reconcile consumes).

export const HOOK_NAMES = ['post-commit', 'post-checkout', 'post-merge', 'post-rewrite'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

export type HookKind = 'commit' | 'checkout' | 'merge' | 'rewrite';
export type ShellKind = 'enter' | 'heartbeat' | 'leave';
export type ActivityKind = HookKind | ShellKind;

export const KIND_OF_HOOK: Record<HookName, HookKind> = {
  'post-commit': 'commit',
  'post-checkout': 'checkout',
  'post-merge': 'merge',
  'post-rewrite': 'rewrite',
};

/** A hook's journal line, parsed: only what was free at hook time. */
export interface StoredHookRecord {
  id: string; // "h" + sha256 of the whole line (which holds the hook's pid and uptime)
  v: 1;
  source: 'hook';
  kind: HookKind;
  hook: HookName;
  pid: number;
  /** Seconds since boot when the hook ran (Linux), else absent. */
  uptime?: number;
  /** ISO instant when the line itself carried a time (the commit's author date). */
  at?: string;
  repo: string; // the repo's top folder (the hook's working directory)
  branch?: string; // HEAD's branch at hook time; absent when detached
  sha?: string; // HEAD's commit at hook time, when the ref was a plain file
  prev?: string; // post-checkout: the previous HEAD
  fileCheckout?: boolean; // post-checkout: true when files were checked out, not a branch
  squash?: boolean; // post-merge
  method?: 'amend' | 'rebase'; // post-rewrite
  part?: number; // post-rewrite: 1, 2, ... when the list was split
  pairs?: [string, string][]; // post-rewrite: [old, new]
}

/** A prompt's journal line, parsed. */
export interface StoredShellRecord {
  id: string;
  v: 1;
  source: 'shell';
  kind: ShellKind;
  pid: number; // the shell's pid: one terminal
  at: string; // ISO instant (the shell's clock, whole seconds)
  repo: string;
}

export type StoredActivity = StoredHookRecord | StoredShellRecord;

/** One piece of activity evidence, resolved with git: what `tt activity` and reconcile read. */
export interface ActivityRecord {
  id: string;
  at: number; // epoch ms: author time for commits, hook or shell time otherwise
  kind: ActivityKind;
  repo: string;
  source: 'hook' | 'shell';
  /** enter/heartbeat/leave: the shell's pid, naming one terminal (presence is per terminal). */
  shell?: string;
  sha?: string; // commits: the commit as it is now (after amend/rebase); checkout/merge: new HEAD
  branch?: string;
  author?: string; // "Name <email>"
  subject?: string;
  rewrittenFrom?: string; // commits: the first sha this commit had before amend/rebase
  client?: string | null; // by repo rule; null when no rule claims the repo
}
