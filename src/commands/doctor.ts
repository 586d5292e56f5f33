// tt doctor [--repair] [--json]
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { checkStore } from '../store/repair.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';
import { doctorNotes } from '../calendar/warnings.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<number> {
  const store = new Store(ctx);
  const repair = Boolean(inv.opts.repair);
  const findings = repair ? store.lock(() => checkStore(store, true)) : checkStore(store, false);
  const unresolved = findings.filter((f) => !f.repaired && !f.file.endsWith('lock') && !f.file.includes('journal'));
  const calendars = await doctorNotes(store); // what imported calendars hold that tt could not read: notes, not damage
  if (inv.opts.json) {
    printJson(ctx.out, { dataDir: store.p.root, ok: unresolved.length === 0, findings, calendarWarnings: calendars.calendars });
  } else if (!findings.length) {
    ctx.out(`All good: ${store.p.root}\n`);
  } else {
    for (const f of findings) ctx.out(`${f.repaired ? 'repaired' : 'problem '}  ${f.file}\n          ${f.problem}\n`);
    if (!repair && unresolved.length) ctx.out('Run `tt doctor --repair` to move bad records to quarantine/ and keep the good ones.\n');
  }
  if (!inv.opts.json) for (const line of calendars.lines) ctx.out(`${line}\n`);
  return unresolved.length ? 3 : 0;
}
