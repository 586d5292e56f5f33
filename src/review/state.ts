// The state of a review session and the one way it changes: every change keeps the previous drafts on
// an undo stack and the list in time order. Plain data; the reducer (reducer.ts) builds on it.
import { byTime } from './drafts.ts';
import type { Draft, DraftSet } from './types.ts';

export interface Snapshot {
  drafts: Draft[];
  cursor: number;
  nextId: number;
}

export interface ReviewState extends Snapshot {
  tz: string;
  past: Snapshot[];
  message: string; // what the last action did, or why it did nothing
}

const UNDO_DEPTH = 500;

export function initialState(set: DraftSet, tz: string): ReviewState {
  return { drafts: set.drafts, cursor: 0, nextId: set.drafts.length + 1, tz, past: [], message: '' };
}

export const current = (s: ReviewState): Draft | undefined => s.drafts[s.cursor];

export const clamp = (i: number, n: number): number => Math.max(0, Math.min(n - 1, i));

/** The next pending draft at or after `from`, else the draft at `from`: accepting walks on. */
function nextPending(drafts: readonly Draft[], from: number): number {
  for (let i = from; i < drafts.length; i++) if (drafts[i]!.status === 'pending') return i;
  return clamp(from, drafts.length);
}

/** Commits a change: the old drafts go on the undo stack, the list stays in time order. */
export function change(s: ReviewState, drafts: Draft[], focusId: string | undefined, message: string, advance = false): ReviewState {
  const past = [...s.past, { drafts: s.drafts, cursor: s.cursor, nextId: s.nextId }].slice(-UNDO_DEPTH);
  const sorted = [...drafts].sort(byTime);
  let cursor = clamp(focusId ? sorted.findIndex((d) => d.id === focusId) : s.cursor, sorted.length);
  if (advance) cursor = nextPending(sorted, cursor);
  return { ...s, drafts: sorted, cursor, past, message };
}

/** What the session adds: the accepted drafts, in time order. */
export const accepted = (s: Pick<ReviewState, 'drafts'>): Draft[] => s.drafts.filter((d) => d.status === 'accepted');
