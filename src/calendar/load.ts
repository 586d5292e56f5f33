// The calendar evidence the reconcile engine asks for: every imported calendar expanded over a
// window, as meetings with a client and a counted/left-out mark. Files given on the command line
// are read in full each time (only near their window); imported calendars come from their derived
// index (stored.ts). What a file holds that tt could not read was reported when it was imported and
// is kept with the calendar (`tt calendar list`); only what a query itself meets (a cap on
// iterations, a missing copy) is reported again.
import type { Client } from '../core/client.ts';
import { TtError } from '../core/errors.ts';
import { meetingRuleProblem } from '../core/regex-safety.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import type { Store } from '../store/store.ts';
import { expand, CAP, MARGIN } from './expand.ts';
import { loadIcal } from './ical.ts';
import type { Budget } from './generate.ts';
import { readIndex } from './index-file.ts';
import { sortMeetings, toMeeting } from './meetings.ts';
import { prepare, type Group } from './prepare.ts';
import { readCalendar } from './read.ts';
import { openImported } from './stored.ts';
import { TABLE_UNTIL } from './vtimezone.ts';
import { zoneSet } from './zone-set.ts';
import type { Transitions, ZoneSpec } from './zones.ts';
import type { LoadResult, Meeting, Problem, Window } from './types.ts';

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

/** Files read directly: everything found in them is a warning of this query. */
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
    const p = await prepare(cal, o.tz, false);
    const problems = [...p.problems];
    meetings.push(...(await expandGroups(s.calendar, p.groups, p.zones, null, o, budget, problems)));
    for (const pr of problems.sort((a, b) => a.line - b.line)) warnings.push(`${s.file}:${pr.line}: ${pr.message}`);
  }
  return { meetings: sortMeetings(meetings), warnings, refused };
}

export interface ImportedResult extends LoadResult {
  /** Calendars whose import found something to warn about, with what (shown by `calendar list`). */
  withWarnings: { name: string; problems: Problem[] }[];
}

/**
 * Every imported calendar's meetings that overlap the window, in time order unless `sorted` is
 * false (reconcile's result never depends on the order); warnings are this query's own.
 */
export async function importedMeetings(store: Store, o: Omit<ReadOptions, 'tz'>, sorted = true): Promise<ImportedResult> {
  const fs = store.ctx.fs;
  const tz = store.tz();
  const meetings: Meeting[] = [];
  const warnings: string[] = [];
  const withWarnings: ImportedResult['withWarnings'] = [];
  const budget: Budget = { left: CAP };
  for (const entry of readIndex(fs, store.p.calendars)) {
    const label = `calendar "${entry.name}"`;
    try {
      const r = await openImported(fs, store.p, entry.name, tz, store.ctx.now(), store.ctx.clock);
      if (r.kind === 'missing') warnings.push(`${label}: its stored copy is missing; import it again (tt calendar import FILE --name ${entry.name})`);
      if (r.kind === 'refused') warnings.push(`${label}: its stored copy is not a calendar; it was skipped`);
      if (r.kind !== 'ok') continue;
      if (r.cal.problems.length) withWarnings.push({ name: entry.name, problems: r.cal.problems });
      const problems: Problem[] = [];
      const { rows, groups, zones, user } = await r.cal.near(o.window);
      const ctx = { calendar: entry.name, clients: o.clients, myEmails: o.myEmails, matched: new Map() };
      for (const row of rows) meetings.push(toMeeting(row, o.window, ctx));
      if (groups.length) meetings.push(...(await expandGroups(entry.name, groups, zones, user, { ...o, tz }, budget, problems)));
      for (const p of problems) warnings.push(`${label}, line ${p.line}: ${p.message}`);
    } catch (err) {
      // No calendar may make another command fail: what tt cannot read is left out, and said.
      if (err instanceof TtError) throw err; // damaged data, an environment problem: the user must know
      warnings.push(`${label} could not be read (${(err as Error).message}); its meetings are left out. This is a bug in tt; please report it`);
    }
  }
  return { meetings: sorted ? sortMeetings(meetings) : meetings, warnings, withWarnings };
}

/** For reconcile, audit and review: the imported calendars' meetings and this query's warnings. */
export async function loadMeetings(store: Store, window: Window): Promise<LoadResult> {
  const emails = store.config()['me.emails'];
  const warnings: string[] = [];
  const clients = ruleClients(readClientsLoose(store.ctx.fs, store.p.clients), warnings);
  const r = await importedMeetings(store, { window, clients, myEmails: Array.isArray(emails) ? emails : [] }, false);
  return { meetings: r.meetings, warnings: [...warnings, ...r.warnings] };
}

async function expandGroups(calendar: string, groups: readonly Group[], zones: readonly ZoneSpec[], user: Transitions | null, o: ReadOptions, budget: Budget, problems: Problem[]): Promise<Meeting[]> {
  // ical.js is loaded only for a rule tt does not generate itself, or a VTIMEZONE past its table.
  const late = o.window.end + MARGIN > TABLE_UNTIL && zones.some((z) => z.kind === 'vtimezone');
  if (late || groups.some((g) => g.ical)) await loadIcal();
  const instances = expand(groups, zoneSet(zones, o.tz, user), o.window, budget, problems);
  const ctx = { calendar, clients: o.clients, myEmails: o.myEmails, matched: new Map() };
  return instances.map((i) => toMeeting(i, o.window, ctx));
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
