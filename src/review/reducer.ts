// The review session as a pure reducer over plain data: every key press becomes an action, every
// action a new state. Times and client names arrive already parsed (the screen parses them with the
// same functions as `tt edit`), so nothing here reads a clock, a file or the store.
import { formatClock, localDate } from '../core/time.ts';
import { sourcesWithin } from './drafts.ts';
import { change, clamp, current, type ReviewState } from './state.ts';
import type { Draft } from './types.ts';

export type Action =
  | { type: 'move'; by: number } // next/previous draft
  | { type: 'day'; by: number } // first draft of the next/previous day
  | { type: 'accept' }
  | { type: 'acceptDay' }
  | { type: 'skip' }
  | { type: 'times'; start: number; end: number }
  | { type: 'target'; client: string; project?: string }
  | { type: 'otherClient' } // conflicts: the next of the clients that claimed the time
  | { type: 'split'; at: number }
  | { type: 'merge' } // with the next draft of the same day
  | { type: 'undo' };

const replace = (drafts: readonly Draft[], d: Draft): Draft[] => drafts.map((x) => (x.id === d.id ? d : x));
const range = (d: Pick<Draft, 'start' | 'end'>, tz: string): string => `${formatClock(d.start, tz)}–${formatClock(d.end, tz)}`;
const who = (d: Pick<Draft, 'client' | 'project'>): string => (d.project ? `${d.client}/${d.project}` : d.client);

export function reduce(s: ReviewState, a: Action): ReviewState {
  const d = current(s);
  if (a.type === 'undo') {
    const last = s.past[s.past.length - 1];
    if (!last) return { ...s, message: 'Nothing to undo.' };
    return { ...s, ...last, past: s.past.slice(0, -1), message: 'Undone.' };
  }
  if (a.type === 'move') return { ...s, cursor: clamp(s.cursor + a.by, s.drafts.length), message: '' };
  if (a.type === 'day') return { ...s, cursor: dayStep(s, a.by), message: '' };
  if (!d) return { ...s, message: 'No drafts to review.' };
  switch (a.type) {
    case 'accept':
      return change(s, replace(s.drafts, { ...d, status: 'accepted' }), d.id, `Accepted ${range(d, s.tz)} ${who(d)}.`, true);
    case 'skip':
      return change(s, replace(s.drafts, { ...d, status: 'skipped' }), d.id, `Skipped ${range(d, s.tz)}.`, true);
    case 'acceptDay': {
      const n = s.drafts.filter((x) => x.day === d.day && x.status === 'pending').length;
      if (!n) return { ...s, message: `Nothing pending on ${d.day}.` };
      const drafts = s.drafts.map((x): Draft => (x.day === d.day && x.status === 'pending' ? { ...x, status: 'accepted' } : x));
      return change(s, drafts, d.id, `Accepted ${n} draft${n === 1 ? '' : 's'} of ${d.day}.`);
    }
    case 'times': {
      if (a.end <= a.start) return { ...s, message: `The end ${formatClock(a.end, s.tz)} is not after the start ${formatClock(a.start, s.tz)}.` };
      const moved: Draft = { ...d, start: a.start, end: a.end, day: localDate(a.start, s.tz) };
      return change(s, replace(s.drafts, moved), d.id, `Now ${range(moved, s.tz)}.`);
    }
    case 'target': {
      const moved: Draft = { ...d, client: a.client, ...(a.project ? { project: a.project } : {}) };
      if (!a.project) delete moved.project;
      return change(s, replace(s.drafts, moved), d.id, `Now ${who(moved)}.`);
    }
    case 'otherClient': {
      const options = d.conflict?.clients ?? [];
      if (options.length < 2) return { ...s, message: 'Only one client claimed this time; c changes it.' };
      const next = options[(options.indexOf(d.client) + 1) % options.length]!;
      const moved: Draft = { ...d, client: next };
      delete moved.project;
      return change(s, replace(s.drafts, moved), d.id, `Now ${next}.`);
    }
    case 'split':
      return split(s, d, a.at);
    case 'merge':
      return merge(s, d);
  }
}

function split(s: ReviewState, d: Draft, at: number): ReviewState {
  if (at <= d.start || at >= d.end) return { ...s, message: `Split at a time inside ${range(d, s.tz)}.` };
  const first: Draft = { ...d, end: at, sources: sourcesWithin(d.sources, d.start, at) };
  const second: Draft = { ...d, id: `d${s.nextId}`, start: at, day: localDate(at, s.tz), sources: sourcesWithin(d.sources, at, d.end) };
  const drafts = [...s.drafts.filter((x) => x.id !== d.id), first, second];
  return { ...change(s, drafts, d.id, `Split into ${range(first, s.tz)} and ${range(second, s.tz)}.`), nextId: s.nextId + 1 };
}

function merge(s: ReviewState, d: Draft): ReviewState {
  const next = s.drafts[s.cursor + 1];
  if (!next || next.day !== d.day) return { ...s, message: `No later draft on ${d.day} to merge with.` };
  const sources = [...d.sources, ...next.sources.filter((x) => !d.sources.includes(x))].sort((a, b) => a.start - b.start);
  const merged: Draft = { ...d, start: Math.min(d.start, next.start), end: Math.max(d.end, next.end), sources, status: 'pending' };
  const note = next.client === d.client ? '' : ` (as ${who(d)}; c changes it)`;
  const drafts = replace(s.drafts, merged).filter((x) => x.id !== next.id);
  return change(s, drafts, d.id, `Merged into ${range(merged, s.tz)}${note}.`);
}

/** The first draft of the next (or previous) day that has drafts. */
function dayStep(s: ReviewState, by: number): number {
  const d = current(s);
  if (!d) return 0;
  const days = [...new Set(s.drafts.map((x) => x.day))];
  const target = days[clamp(days.indexOf(d.day) + by, days.length)];
  return s.drafts.findIndex((x) => x.day === target);
}

