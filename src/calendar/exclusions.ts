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
  const mine = new Set(myEmails.map((e) => e.toLowerCase()));
  if (i.attendees.some((a) => a.partstat === 'DECLINED' && mine.has(a.email.toLowerCase()))) return 'declined';
  return null;
}
