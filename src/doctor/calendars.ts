// calendars/: the index validates, every calendar it lists has its .ics copy and the copy is still a
// calendar; a .ics the index does not list is only mentioned. Nothing to repair from: the fix is to
// import the calendar again from where it came.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import { readCalendar } from '../calendar/read.ts';
import { calendarPath, indexPath, readIndex, type CalendarEntry } from '../calendar/index-file.ts';
import { sourceOf } from '../calendar/manage.ts';
import { shownSource } from '../calendar/sources.ts';
import { attempt, type Check, type Finding } from './check.ts';
import { damageText } from './settings.ts';

export const calendars: Check = {
  name: 'calendars',
  covers: 'calendars/index.json and every imported .ics copy',
  run(d) {
    const { ctx, p } = d;
    const dir = p.calendars;
    const findings: Finding[] = [];
    if (!ctx.fs.existsSync(dir)) return findings;
    let index: CalendarEntry[] = [];
    attempt(findings, indexPath(dir), () => {
      try {
        index = readIndex(ctx.fs, dir);
      } catch (err) {
        if (!(err instanceof DataError)) throw err;
        findings.push({ file: indexPath(dir), problem: damageText(err.message, indexPath(dir)), repaired: false, fix: 'Fix it by hand, or move it away and import the calendars again with `tt calendar import FILE --name NAME`.' });
      }
    });
    for (const c of index) {
      const file = calendarPath(dir, c.name);
      attempt(findings, file, () => {
        const source = sourceOf(d.store, c);
        const again = `Import it again: \`tt calendar import ${source ? shownSource(source) : 'FILE'} --name ${c.name}\`.`;
        if (!ctx.fs.existsSync(file)) {
          findings.push({ file, problem: `calendar "${c.name}" is listed in the index but its copy is missing`, repaired: false, fix: again });
          return;
        }
        if (!readCalendar(ctx.fs.readFileSync(file, 'utf8'), 'UTC')) {
          findings.push({ file, problem: `calendar "${c.name}" is no calendar any more (no VCALENDAR or VEVENT)`, repaired: false, fix: again });
        }
      });
    }
    const listed = new Set(index.map((c) => `${c.name}.ics`));
    for (const name of ctx.fs.readdirSync(dir).sort()) {
      if (name.endsWith('.ics') && !listed.has(name)) {
        findings.push({ file: join(dir, name), problem: 'is not in the calendar index, so no command reads it', repaired: false, severity: 'notice', fix: 'Import it with `tt calendar import FILE` to use it, or remove it.' });
      }
    }
    return findings;
  },
};
