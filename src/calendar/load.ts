// The calendar evidence the reconcile engine asks for: every imported calendar expanded over a
// window, as meetings with a client and a counted/left-out mark. Reading is pure over text; only
// loadMeetings touches the store.
import type { Client } from '../core/client.ts';
import { meetingRuleProblem } from '../core/regex-safety.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { readIfExists } from '../store/io.ts';
import type { Store } from '../store/store.ts';
import { expand, CAP } from './expand.ts';
import { loadIcal } from './ical.ts';
import type { Budget } from './generate.ts';
import { calendarPath, readIndex } from './index-file.ts';
import { sortMeetings, toMeeting } from './meetings.ts';
import { readCalendar } from './read.ts';
import type { LoadResult, Meeting, Window } from './types.ts';

export interface Source {
  calendar: string; // the name client rules see
  file: string; // shown in warnings
  text: string;
}

export interface ReadOptions {
  window: Window;
  tz: string; // floating times and all-day dates are read in it
  clients: readonly Pick<Client, 'name' | 'meetings' | 'domains' | 'calendars'>[];
  myEmails: readonly string[];
}

export interface SourcesResult extends LoadResult {
  /** Files that are no calendar at all. */
  refused: string[];
}

export async function meetingsFromSources(sources: readonly Source[], o: ReadOptions): Promise<SourcesResult> {
  const meetings: Meeting[] = [];
  const warnings: string[] = [];
  const refused: string[] = [];
  const budget: Budget = { left: CAP };
  for (const s of sources) {
    // Naive times are within 14 hours of their instants; three days of margin is safe for any zone.
    const cal = readCalendar(s.text, o.tz, { start: o.window.start - 3 * 86_400_000, end: o.window.end + 3 * 86_400_000 });
    if (!cal) {
      refused.push(s.file);
      continue;
    }
    if (cal.needsIcal) await loadIcal();
    const problems = [...cal.problems];
    const instances = expand(cal.events, o.window, budget, problems);
    for (const p of problems.sort((a, b) => a.line - b.line)) warnings.push(`${s.file}:${p.line}: ${p.message}`);
    const ctx = { calendar: s.calendar, clients: o.clients, myEmails: o.myEmails };
    for (const i of instances) meetings.push(toMeeting(i, o.window, ctx));
  }
  return { meetings: sortMeetings(meetings), warnings, refused };
}

/** Every imported calendar's meetings that overlap [start, end). Missing or unreadable files become warnings. */
export async function loadMeetings(store: Store, window: Window): Promise<LoadResult> {
  const fs = store.ctx.fs;
  const dir = store.p.calendars;
  const sources: Source[] = [];
  const warnings: string[] = [];
  for (const entry of readIndex(fs, dir)) {
    const text = readIfExists(fs, calendarPath(dir, entry.name));
    if (text === null) warnings.push(`calendar "${entry.name}": its stored copy is missing; import ${entry.source} again`);
    else sources.push({ calendar: entry.name, file: entry.source, text });
  }
  const emails = store.config()['me.emails'];
  const r = await meetingsFromSources(sources, {
    window,
    tz: store.tz(),
    clients: ruleClients(readClientsLoose(fs, store.p.clients), warnings),
    myEmails: Array.isArray(emails) ? emails : [],
  });
  for (const f of r.refused) warnings.push(`${f}: not a calendar; it was skipped`);
  return { meetings: r.meetings, warnings: [...warnings, ...r.warnings] };
}

/**
 * The meeting rules of clients read without zod (it costs more to load than a calendar takes to read).
 * A title rule that could hang on a crafted title (stored by an older tt, or synced) is left out, and
 * `warnings` says so with the command that replaces it.
 */
export function ruleClients(clients: readonly Partial<Client>[], warnings: string[] = []): ReadOptions['clients'] {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return clients.map((c) => {
    const meetings = list(c.meetings).filter((m) => {
      const why = meetingRuleProblem(m);
      if (why) warnings.push(`client ${String(c.name)}: meeting rule "${m}" is not used: ${why}; replace it: tt client set ${String(c.name)} --clear meeting --meeting ...`);
      return !why;
    });
    return { name: String(c.name), meetings, domains: list(c.domains), calendars: list(c.calendars) };
  });
}
