// tt calendar events [FILE...] [range] [--all] [--json]: meetings in the range, from the imported
// calendars or from the files given.
import type { Ctx } from '../platform/context.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { collectMeetings, meetingJson, printMeetings, type CalendarFlags } from '../calendar/commands-shared.ts';

export async function calendarEvents(ctx: Ctx, files: string[], o: CalendarFlags): Promise<void> {
  const c = await collectMeetings(ctx, new Store(ctx), files, o);
  const shown = o.all ? c.meetings : c.meetings.filter((m) => m.counted);
  if (o.json) {
    printJson(ctx.out, shown.map((m) => meetingJson(m, Boolean(o.all))));
    return;
  }
  await printMeetings(ctx, c, shown, 'No meetings');
}
