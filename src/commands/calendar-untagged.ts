// tt calendar untagged [range] [--json]: counted meetings that no client rule claims, the hours
// most likely to vanish from a timesheet.
import type { Ctx } from '../platform/context.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { collectMeetings, meetingJson, printMeetings, type CalendarFlags } from '../calendar/commands-shared.ts';

export async function calendarUntagged(ctx: Ctx, o: Omit<CalendarFlags, 'all'>): Promise<void> {
  const c = await collectMeetings(ctx, new Store(ctx), [], o);
  const shown = c.meetings.filter((m) => m.counted && m.client === null);
  if (o.json) {
    printJson(ctx.out, shown.map((m) => meetingJson(m, false)));
    return;
  }
  await printMeetings(ctx, c, shown, 'Every meeting has a client');
  if (shown.length) ctx.out('Claim them with `tt client set NAME --meeting REGEX`, `--domain DOMAIN` or `--calendar NAME`.\n');
}
