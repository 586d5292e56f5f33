// What the calendar commands share: reading the files asked for (or the imported calendars),
// reporting warnings, and printing meetings as text or JSON.
import { count } from '../core/plural.ts';
import { basename, extname, resolve } from 'node:path';
import type { Ctx } from '../platform/context.ts';
import { readUserText } from '../platform/user-file.ts';
import { formatHM } from '../core/duration.ts';
import { UsageError } from '../core/errors.ts';
import { rangeInstants, resolveRange, type DayRange, type RangeFlags } from '../core/ranges.ts';
import { formatClock, isoUtc, localDate, weekdayOf } from '../core/time.ts';
import { visible } from '../core/visible.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import type { Store } from '../store/store.ts';
import { paint } from '../ui/color.ts';
import { importedMeetings, meetingsFromSources, ruleClients, type Source } from './load.ts';
import type { Meeting } from './types.ts';

export type CalendarFlags = RangeFlags & { all?: boolean; json?: boolean; strict?: boolean };

/** A calendar's default name: the file's base name, made safe as a name. */
export function nameOfFile(file: string): string {
  const base = basename(file, extname(file)).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return base || 'calendar';
}

/** A calendar file the user named: a regular file up to the input cap; Latin-1 is read with a warning. */
export function readUserFile(ctx: Ctx, file: string): string {
  const r = readUserText(resolve(ctx.cwd, file), file, { hint: 'Give the path of an .ics file exported from your calendar.' });
  if (r.note) ctx.err(`tt: warning: ${r.note}\n`);
  return r.text;
}

export function warn(ctx: Ctx, warnings: readonly string[], strict: boolean | undefined): void {
  for (const w of warnings) ctx.err(`tt: warning: ${w}\n`);
  if (strict && warnings.length) {
    throw new UsageError(`${count(warnings.length, 'warning')} with --strict`, 'Fix the lines named above, or run without --strict to skip them.');
  }
}

export interface Collected {
  range: DayRange;
  tz: string;
  meetings: Meeting[];
}

export async function collectMeetings(ctx: Ctx, store: Store, files: readonly string[], o: RangeFlags & { strict?: boolean }): Promise<Collected> {
  const tz = store.tz();
  const range = resolveRange(o, ctx.now(), tz, 'week')!;
  const emails = store.config()['me.emails'];
  const ruleWarnings: string[] = [];
  const clients = ruleClients(readClientsLoose(ctx.fs, store.p.clients), ruleWarnings);
  for (const w of ruleWarnings) ctx.err(`tt: warning: ${w}\n`);
  const options = { window: rangeInstants(range, tz), clients, myEmails: Array.isArray(emails) ? emails : [] };
  if (!files.length) {
    // Imported calendars: what their files hold that tt could not read was shown at import (and is
    // in `tt calendar list`); --strict still refuses them.
    const r = await importedMeetings(store, options);
    const stored = o.strict ? r.withWarnings.flatMap((c) => c.problems.map((p) => `calendar "${c.name}", line ${p.line}: ${p.message}`)) : [];
    warn(ctx, [...r.warnings, ...stored], o.strict);
    return { range, tz, meetings: r.meetings };
  }
  const sources: Source[] = files.map((f) => ({ calendar: nameOfFile(f), file: f, text: readUserFile(ctx, f) }));
  const r = await meetingsFromSources(sources, { ...options, tz });
  if (r.refused.length) {
    throw new UsageError(`${r.refused.join(', ')}: not a calendar`, 'An iCalendar file has BEGIN:VCALENDAR and BEGIN:VEVENT lines; export one (.ics) from your calendar app.');
  }
  warn(ctx, r.warnings, o.strict);
  return { range, tz, meetings: r.meetings };
}

export function meetingJson(m: Meeting, all: boolean): Record<string, unknown> {
  return {
    uid: m.uid,
    recurrenceId: m.recurrenceId,
    title: m.title,
    start: isoUtc(m.start),
    end: isoUtc(m.end),
    hours: m.hours,
    client: m.client,
    status: m.status,
    calendar: m.calendar,
    ...(all ? { counted: m.counted, reason: m.reason } : {}),
  };
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Meetings by local day: time span, hours, client, title, and a mark for tentative or left-out ones. */
export async function printMeetings(ctx: Ctx, c: Collected, shown: readonly Meeting[], empty: string): Promise<void> {
  const p = await paint(ctx);
  if (!shown.length) {
    ctx.out(`${empty} from ${c.range.from} to ${c.range.to}.\n`);
    return;
  }
  let day = '';
  for (const m of shown) {
    const d = localDate(m.start, c.tz);
    if (d !== day) {
      day = d;
      ctx.out(`${p.bold(`${DAYS[weekdayOf(d)]} ${d}`)}\n`);
    }
    const span = m.reason === 'all-day' ? 'all day'.padEnd(11) : `${formatClock(m.start, c.tz)}–${formatClock(m.end, c.tz)}`;
    const who = m.counted ? (m.client ? p.cyan(m.client.padEnd(12)) : p.yellow('(no client)'.padEnd(12))) : p.dim(`(${m.reason})`.padEnd(12));
    const mark = m.status === 'tentative' ? p.yellow(' [tentative]') : '';
    const line = `  ${span}  ${formatHM(m.end - m.start).padStart(5)}  ${who} ${m.title ? visible(m.title) : '(no title)'}${mark}  ${p.dim(visible(m.calendar))}`;
    ctx.out(`${m.counted ? line : p.dim(line)}\n`);
  }
  const counted = shown.filter((m) => m.counted);
  const total = counted.reduce((s, m) => s + (m.end - m.start), 0);
  const left = shown.length - counted.length;
  ctx.out(`Total ${formatHM(total)} in ${count(counted.length, 'meeting')}, ${c.range.from}..${c.range.to}${left ? `; ${left} left out` : ''}\n`);
}
