// tt calendar remove NAME [--keep-file]: stop reading a calendar as evidence. Its stored copy is
// deleted unless --keep-file; the file or URL it came from is never touched.
import type { Ctx } from '../platform/context.ts';
import { Store } from '../store/store.ts';
import { removeCalendar } from '../calendar/manage.ts';

export interface CalendarRemoveOptions {
  keepFile?: boolean;
}

export async function calendarRemove(ctx: Ctx, name: string, o: CalendarRemoveOptions): Promise<void> {
  const keep = Boolean(o.keepFile);
  const r = removeCalendar(new Store(ctx), name, keep);
  ctx.out(`Removed calendar "${name}"${keep ? `; its copy is kept at ${r.file}` : ''}.\n`);
}
