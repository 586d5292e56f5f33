// Adding, changing and removing clients (`tt client add|set|remove`): the rules about names, aliases
// and clients still in use. Each change is one transaction: clients.json and this device's settings
// record (which sync merges) change together. `configure` applies the command's flags to a client;
// it runs in the transaction, so the time it reads follows the order of the changes. A change of how
// a client is billed that reaches back to work not invoiced yet is refused first (repricingGuard).
import { count } from '../core/plural.ts';
import { findClient, NAME_RE, newClient, requireClient, type Client } from '../core/client.ts';
import { UsageError } from '../core/errors.ts';
import type { Ctx } from '../platform/context.ts';
import { readClients, writeClients } from '../store/clients-file.ts';
import { loadEntries } from '../store/load.ts';
import type { Store } from '../store/store.ts';
import { refreshRepoMap } from '../store/repo-decide.ts';

export type Configure = (client: Client) => Client;

export function addClient(store: Store, name: string, configure: Configure): Client {
  if (!NAME_RE.test(name)) throw new UsageError(`"${name}" is not a client name`, 'Use letters, digits, dot, dash or underscore, starting with a letter or digit.');
  const added = store.transaction((tx) => {
    const clients = readClients(store.ctx.fs, store.p.clients);
    const existing = findClient(clients, name) ?? clients.find((c) => c.aliases.some((a) => a.toLowerCase() === name.toLowerCase()));
    if (existing) throw new UsageError(`client "${existing.name}" exists already`, `Change it with \`tt client set ${existing.name} ...\`.`);
    const c = configure(newClient(name));
    writeClients(tx, store.p.clients, [...clients, c], store.settingsStamp());
    return c;
  });
  // The prompt reads only state/repos: a repo the new rules claim shows its client on its next refresh.
  refreshRepoMap(store, added.repos);
  return added;
}

function checkRename(rename: string | undefined): void {
  if (rename !== undefined && !NAME_RE.test(rename)) throw new UsageError(`--rename: "${rename}" is not a client name`, 'Use letters, digits, dot, dash or underscore, starting with a letter or digit.');
}

/**
 * A change of how work is billed (rate, currency, rounding, tax) without --from reaches back to work
 * already tracked: say how much of it (not invoiced yet: invoiced work keeps its invoice's money) and
 * ask for --from or --yes. The command calls it only for such a change made without either.
 */
export async function repricingGuard(ctx: Ctx, store: Store, ref: string, configure: Configure, rename?: string): Promise<void> {
  checkRename(rename);
  const before = requireClient(readClients(ctx.fs, store.p.clients), ref);
  const after = configure(before);
  const { markedEntries } = await import('../invoices/marks.ts');
  const { repriced } = await import('../invoices/reprice.ts');
  const h = await loadEntries(ctx, store, { remember: false });
  const { cov } = await markedEntries(ctx, store, h.entries);
  const r = repriced(before, after, h.entries, cov, store.tz());
  if (!r) return;
  const span = r.from === r.to ? `on ${r.from}` : `from ${r.from} to ${r.to}`;
  throw new UsageError(
    `this changes what ${r.entries} tracked entr${r.entries === 1 ? 'y' : 'ies'} of ${before.name} not invoiced yet (${r.hours.toFixed(2)} h, ${span}) would be billed at; invoiced work keeps its invoices' money`,
    `Give --from DAY to apply it from that day on (earlier work keeps what it had), or --yes to reprice that work too.`,
  );
}

/** Changes the client `ref` names; `rename`: its new name, the old one kept as an alias. */
export function setClient(store: Store, ref: string, configure: Configure, rename?: string): Client {
  checkRename(rename);
  const updated = store.transaction((tx) => {
    const clients = readClients(store.ctx.fs, store.p.clients);
    const current = requireClient(clients, ref);
    let next = configure(current);
    if (rename !== undefined) {
      const clash = findClient(clients, rename);
      if (clash && clash !== current) throw new UsageError(`--rename: client "${clash.name}" exists already`, 'Choose another name; `tt client list` shows the names in use.');
      // The old name becomes an alias, so entries and imports that use it still resolve.
      next = { ...next, name: rename, aliases: [...next.aliases.filter((a) => a.toLowerCase() !== rename.toLowerCase()), current.name] };
    }
    writeClients(tx, store.p.clients, clients.map((c) => (c === current ? next : c)), store.settingsStamp());
    return next;
  });
  refreshRepoMap(store, updated.repos);
  return updated;
}

/** Removes the client `ref` names and returns its name; one with tracked entries only with `force`. */
export async function removeClient(ctx: Ctx, store: Store, ref: string, force: boolean): Promise<string> {
  const h = await loadEntries(ctx, store, { remember: false });
  const removed = store.transaction((tx) => {
    const clients = readClients(ctx.fs, store.p.clients);
    const c = requireClient(clients, ref);
    const used = h.entries.filter((e) => e.client === c.name).length;
    if (used && !force) {
      throw new UsageError(`client "${c.name}" has ${count(used, 'tracked entry', 'tracked entries')}`, 'Its rate and rules are needed to bill them. Use --force to remove it anyway.');
    }
    writeClients(tx, store.p.clients, clients.filter((x) => x !== c), store.settingsStamp());
    return c.name;
  });
  refreshRepoMap(store, []); // its repos lose their client in the prompt
  return removed;
}
