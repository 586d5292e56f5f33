// Small adapters from the other capabilities' loaders (calendar meetings, hook and shell records)
// to the plain shapes the reconcile rules take.
import { readActivity } from '../hooks/activity.ts';
import type { ActivityRecord as HookActivity } from '../core/activity-records.ts';
import type { Store } from '../store/store.ts';
import { loadMeetings } from '../calendar/load.ts';
import type { MeetingSpan } from './reconcile.ts';

export interface Window {
  start: number;
  end: number;
}

/** A hook or shell record, as reconcile needs it. */
export interface ActivityRecord {
  at: number;
  kind: string; // commit, checkout, merge, rewrite, enter, heartbeat, leave
  repo: string;
  sha?: string;
  subject?: string;
  shell?: string; // one terminal
  email?: string; // commits: the author's address, lower case
}

export interface Loaded<T> {
  items: T[];
  warnings: string[];
}

/** Hook and shell records in [start, end), resolved with git by the capture capability. */
export async function loadActivityRecords(store: Store, w: Window): Promise<Loaded<ActivityRecord>> {
  const r = await readActivity(store, w);
  return { items: fromHookActivity(r.records), warnings: r.warnings };
}

/** The capture capability's resolved records, reduced to what the rules read. */
export function fromHookActivity(records: readonly HookActivity[]): ActivityRecord[] {
  return records.map((r) => ({
    at: r.at,
    kind: r.kind,
    repo: r.repo,
    sha: r.sha,
    subject: r.subject,
    shell: r.shell,
    email: r.author ? (/<([^>]*)>\s*$/.exec(r.author)?.[1] ?? r.author).trim().toLowerCase() : undefined,
  }));
}

/** Counted meetings only: the calendar reader marks all-day, cancelled, transparent and declined ones. */
export async function loadMeetingSpans(store: Store, w: Window): Promise<Loaded<MeetingSpan>> {
  const r = await loadMeetings(store, w);
  const items = r.meetings.filter((m) => m.counted && m.end > m.start).map((m): MeetingSpan => ({ start: m.start, end: m.end, client: m.client, title: m.title, calendar: m.calendar }));
  return { items, warnings: r.warnings };
}
