// tt doctor [--repair] [--json]
import type { Ctx } from '../platform/context.ts';
import type { Invocation } from '../cli/runner.ts';
import { checkStore } from '../store/repair.ts';
import { checkLinks } from '../store/check-links.ts';
import { Store } from '../store/store.ts';
import { printJson } from '../ui/entry-json.ts';

export async function run(ctx: Ctx, inv: Invocation): Promise<number> {
  const store = new Store(ctx);
  const repair = Boolean(inv.opts.repair);
  const findings = repair ? store.lock(() => checkStore(store, true)) : checkStore(store, false);
  findings.push(...checkLinks(ctx.fs, store.p.root));
  const unresolved = findings.filter((f) => !f.repaired && !f.file.endsWith('lock') && !f.file.includes('journal'));
  if (inv.opts.json) {
    printJson(ctx.out, { dataDir: store.p.root, ok: unresolved.length === 0, findings });
  } else if (!findings.length) {
    ctx.out(`All good: ${store.p.root}\n`);
  } else {
    for (const f of findings) ctx.out(`${f.repaired ? 'repaired' : 'problem '}  ${f.file}\n          ${f.problem}\n`);
    if (!repair && unresolved.length) ctx.out('Run `tt doctor --repair` to move bad records to quarantine/ and keep the good ones.\n');
  }
  return unresolved.length ? 3 : 0;
}
