// The shapes the calendar reader produces and the reconcile engine consumes.

/** One timed or all-day instance of a calendar event, inside the window asked about. */
export interface Meeting {
  uid: string;
  /** The original start of a series instance (UTC ISO-8601, or YYYY-MM-DD for all-day); null for single events. */
  recurrenceId: string | null;
  title: string;
  /** Epoch ms, clipped to the window asked about. */
  start: number;
  /** Epoch ms, clipped to the window asked about. */
  end: number;
  /** (end - start) in hours, 4 decimals. */
  hours: number;
  client: string | null;
  status: MeetingStatus;
  /** The imported calendar's name (or the file's base name when read directly). */
  calendar: string;
  /** False for instances left out; `reason` says why. */
  counted: boolean;
  reason: ExclusionReason | null;
  organizer?: string;
  attendees?: string[];
}

export type MeetingStatus = 'confirmed' | 'tentative' | 'cancelled';
export type ExclusionReason = 'all-day' | 'cancelled' | 'transparent' | 'declined';

export interface LoadResult {
  meetings: Meeting[];
  /** "FILE:LINE: what was skipped", one per problem. */
  warnings: string[];
}

/** A half-open instant window [start, end) in epoch ms. */
export interface Window {
  start: number;
  end: number;
}

/** A content line as read: name upper-cased, parameter names upper-cased, value as written. */
export interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
  line: number;
}

export interface Component {
  name: string;
  props: Prop[];
  children: Component[];
  line: number;
}

/** A problem found while reading, with the 1-based line it starts on. */
export interface Problem {
  line: number;
  message: string;
}
