// Instances become meetings: clipped to the window, marked counted or left out with a reason, and
// given a client by the clients' rules.
import { hours } from '../core/duration.ts';
import type { Client } from '../core/client.ts';
import { exclusionReason } from './exclusions.ts';
import type { MeetingEvent } from './event.ts';
import type { Instance } from './expand.ts';
import { matchClient } from './match.ts';
import type { Meeting, Window } from './types.ts';

export interface MeetingContext {
  calendar: string;
  clients: readonly Pick<Client, 'name' | 'meetings' | 'domains' | 'calendars'>[];
  myEmails: readonly string[];
  /** The client of each event already matched in this query: a series' instances share their event. */
  matched?: Map<MeetingEvent, string | null>;
}

export function toMeeting(i: Instance, w: Window, ctx: MeetingContext): Meeting {
  const e = i.event;
  const start = Math.max(i.start, w.start);
  const end = Math.max(start, Math.min(i.end, w.end));
  const attendees = e.attendees.map((a) => a.email);
  const reason = exclusionReason({ allDay: i.allDay, status: e.status, transparent: e.transparent, attendees: e.attendees }, ctx.myEmails);
  let client = ctx.matched?.get(e);
  if (client === undefined) {
    client = matchClient({ title: e.title, calendar: ctx.calendar, organizer: e.organizer, attendees }, ctx.clients)?.client ?? null;
    ctx.matched?.set(e, client);
  }
  const m: Meeting = { uid: e.uid, recurrenceId: i.recurrenceId, title: e.title, start, end, hours: hours(end - start), client, status: e.status, calendar: ctx.calendar, counted: reason === null, reason };
  if (e.organizer) m.organizer = e.organizer;
  if (attendees.length) m.attendees = attendees;
  return m;
}

/**
 * Meetings in time order; ties by title, then uid, so output is stable. Titles are compared by
 * their characters, not with ICU's collation, whose start-up alone costs a week's query more than
 * reading its calendars.
 */
export function sortMeetings(list: Meeting[]): Meeting[] {
  return list.sort((a, b) => a.start - b.start || a.end - b.end || order(a.title, b.title) || order(a.uid, b.uid));
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
