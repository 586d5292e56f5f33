// tt client list [--json]: clients, rates, rules, and rules that can claim the same evidence.
import type { Ctx } from '../platform/context.ts';
import { ruleConflicts } from '../core/repo-rules.ts';
import { readClients } from '../store/clients-file.ts';
import { Store } from '../store/store.ts';
import { clientJson, describeClient, rulesText } from '../ui/client-text.ts';
import { printJson } from '../ui/entry-json.ts';

export async function clientList(ctx: Ctx, opts: { json?: boolean }): Promise<void> {
  const store = new Store(ctx);
  const clients = readClients(ctx.fs, store.p.clients);
  const conflicts = ruleConflicts(clients, ctx.home);
  if (opts.json) {
    printJson(ctx.out, { clients: clients.map(clientJson), conflicts });
    return;
  }
  if (!clients.length) {
    ctx.out('No clients yet. Add one with `tt client add NAME --rate N --currency USD`.\n');
    return;
  }
  for (const c of clients) {
    ctx.out(`${describeClient(c)}\n`);
    for (const r of rulesText(c)) ctx.out(`  ${r}\n`);
  }
  if (conflicts.length) {
    ctx.out('\nRules that can claim the same evidence:\n');
    for (const k of conflicts) ctx.out(`  ${k.a} "${k.ruleA}" and ${k.b} "${k.ruleB}": ${k.why}\n`);
  }
}
