// What each imported calendar holds that tt could not read as written (found at import and kept in
// its derived index, src/calendar/warnings.ts): notes, not damage. A missing or unreadable copy is
// the `calendars` check's.
import { count } from '../core/plural.ts';
import { calendarPath } from '../calendar/index-file.ts';
import { importWarnings, type CalendarWarnings } from '../calendar/warnings.ts';
import type { Check, Finding } from './check.ts';

/** A fuzzed file can hold thousands; doctor names the first ones and points at the full list. */
const SHOWN = 20;

export const calendarWarnings: Check = {
  name: 'calendar-warnings',
  covers: 'what imported calendars hold that tt could not read as written',
  async prepare(d) {
    try {
      d.memo.set('calendarWarnings', await importWarnings(d.store));
    } catch {
      // A damaged index, config or copy is the `calendars` or `config` check's to report.
    }
  },
  run(d) {
    const list = (d.memo.get('calendarWarnings') ?? []) as CalendarWarnings[];
    return list.flatMap((c) => {
      const file = calendarPath(d.p.calendars, c.name);
      const note = (problem: string): Finding => ({ file, problem, repaired: false, severity: 'notice', fix: `Fix the lines in the original and run \`tt calendar refresh ${c.name}\`, or leave them: the rest of the calendar is read.` });
      const shown = c.warnings.slice(0, SHOWN).map((w) => note(`calendar "${c.name}": ${w}`));
      if (c.warnings.length > SHOWN) shown.push(note(`calendar "${c.name}": ${count(c.warnings.length - SHOWN, 'more warning')}; \`tt calendar list\` shows them all`));
      return shown;
    });
  },
};
