// The plain data `tt review` works on. The adapter (adapter.ts) turns a reconcile result into these
// shapes, so the draft model and the screen depend on nothing else in tt and test with hand-made data.
import type { DateString } from '../core/time.ts';

/** One kind of evidence behind a draft, as a user reads it: commits, hook records, shell, a meeting. */
export interface EvidenceNote {
  kind: 'commit' | 'hook' | 'presence' | 'meeting';
  start: number;
  end: number;
  label: string; // the repo's folder name, or the meeting's title
  count: number; // commits or hook records; 1 for presence and meetings
  subjects: string[]; // commit subjects, in time order
}

/** Untracked time of one client, from reconcile. */
export interface GapInput {
  client: string;
  start: number;
  end: number;
  sources: EvidenceNote[];
}

/** Two or more clients claimed the same time. */
export interface ConflictInput {
  start: number;
  end: number;
  clients: string[];
  kinds: string[]; // tracked, meeting, commit, hook, presence
}

export interface ReviewInput {
  from: DateString;
  to: DateString;
  tz: string;
  gaps: GapInput[];
  conflicts: ConflictInput[];
}

export type Status = 'pending' | 'accepted' | 'skipped';

export interface Draft {
  id: string;
  day: DateString; // the local day it starts on
  start: number;
  end: number;
  client: string;
  project?: string;
  sources: EvidenceNote[];
  status: Status;
  /** Set when other clients claimed this time too: the decision is which client gets it. */
  conflict?: { clients: string[]; kinds: string[] };
}

/** A conflict that tracked time already settled: shown, not a draft (`tt edit` changes tracked time). */
export interface ConflictNote {
  day: DateString;
  start: number;
  end: number;
  clients: string[];
  kinds: string[];
}

export interface DraftSet {
  drafts: Draft[];
  notes: ConflictNote[];
  /** Every gap's time, summed unrounded: the figure reconcile's total shows, drafts under a minute included. */
  untrackedMs: number;
}
