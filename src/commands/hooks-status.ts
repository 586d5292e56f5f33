// tt hooks status: where tt's hooks are, whether each would record, and what they chain to.
import type { Ctx } from '../platform/context.ts';
import { hooksStatus as statusOfHooks } from '../hooks/status-all.ts';
import { Store } from '../store/store.ts';

export async function hooksStatus(ctx: Ctx, opts: { json?: boolean }): Promise<void> {
  const s = await statusOfHooks(ctx, new Store(ctx));
  if (opts.json) {
    ctx.out(`${JSON.stringify(s, null, 2)}\n`);
    return;
  }
  const { global, repos } = s;
  ctx.out(global ? `New repos: tt's hooks come from ${global.templateDir} (${global.mode === 'own' ? 'tt\'s template folder' : 'your template folder'})\n` : 'New repos: not set up (tt hooks install --global)\n');
  if (!repos.length) ctx.out('No repo has tt\'s hooks yet (tt hooks install, or --scan DIR).\n');
  for (const r of repos) {
    ctx.out(`\n${r.top}${r.current ? '  (this repo)' : ''}\n  hooks folder: ${r.hooksDir}\n`);
    for (const h of r.hooks) ctx.out(`  ${h.hook.padEnd(14)} ${h.state}${h.chainsTo ? `, runs first: ${h.chainsTo}` : ''}\n`);
    ctx.out(r.wouldRecord ? '  a commit here would be recorded\n' : `  a commit here would NOT be recorded: ${r.blockers.join('; ')}\n`);
  }
  ctx.out(`\nJournal: ${s.journal} ($TT_HOME, when set where git runs, wins)\n`);
}
