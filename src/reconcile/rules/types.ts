// The plain data the reconcile rules work on. The evidence sources (git log, hook and shell records,
// calendar, tracked entries) are turned into these shapes by small adapters, so the rules depend on
// no other part of tt and can be tested with hand-written values.

/** How strongly a kind of evidence claims an instant: tracked beats meetings, which beat activity. */
export type Level = 'tracked' | 'meeting' | 'activity';

export const LEVEL_RANK: Record<Level, number> = { tracked: 3, meeting: 2, activity: 1 };

/** A commit or hook record: one instant of work in one repo. */
export interface Point {
  at: number; // epoch ms
  client: string | null; // null: no rule maps the repo
  repo: string; // the repo's top folder
  source: 'commit' | 'hook';
  sha?: string;
  subject?: string;
  event?: string; // hook records: commit, checkout, merge
}

/** A shell record: the prompt hook saw the user in a repo. */
export interface PresenceRecord {
  at: number;
  kind: 'enter' | 'heartbeat' | 'leave';
  repo: string;
  client: string | null;
  shell?: string; // one terminal's id, when the record carries one
}

export type SourceKind = 'commit' | 'hook' | 'presence' | 'meeting' | 'tracked';

/** An interval of evidence with the kind of source behind it and what it is made of. */
export interface Interval {
  start: number;
  end: number; // exclusive
  client: string | null;
  kind: SourceKind; // a session is 'commit' when it holds a commit, else 'hook'
  level: Level;
  repo?: string; // sessions and presence
  title?: string; // meetings
  calendar?: string;
  points?: Point[]; // sessions: their points, by time
}

/** Time given to one client at one level by attribution. */
export interface Owned {
  start: number;
  end: number;
  client: string;
  level: Level;
}

export interface Conflict {
  start: number;
  end: number;
  clients: string[]; // sorted
  kinds: SourceKind[]; // sorted
}
