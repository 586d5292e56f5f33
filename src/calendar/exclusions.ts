// Which instances count as meeting time (ARCHITECTURE.md, "Evidence", rule 2). Left out, in this
// order of reasons: all-day events, STATUS:CANCELLED, TRANSP:TRANSPARENT (free time), and meetings
// that one of the user's own addresses declined. TENTATIVE counts; its status marks it.
import type { ExclusionReason } from './types.ts';

export interface ExclusionInput {
  allDay: boolean;
  status: 'confirmed' | 'tentative' | 'cancelled';
  transparent: boolean;
  attendees: readonly { email: string; partstat: string }[];
}

/** The reason an instance is left out, or null when it counts. `myEmails` are compared case-insensitively. */
export function exclusionReason(i: ExclusionInput, myEmails: readonly string[]): ExclusionReason | null {
  if (i.allDay) return 'all-day';
  if (i.status === 'cancelled') return 'cancelled';
  if (i.transparent) return 'transparent';
  if (!i.attendees.some((a) => a.partstat === 'DECLINED')) return null;
  const mine = lowerSet(myEmails);
  if (i.attendees.some((a) => a.partstat === 'DECLINED' && mine.has(a.email.toLowerCase()))) return 'declined';
  return null;
}

// A query asks this for every meeting with the same list of addresses: made once per list.
const sets = new WeakMap<readonly string[], Set<string>>();
function lowerSet(list: readonly string[]): Set<string> {
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(list.map((e) => e.toLowerCase()))));
  return set;
}
