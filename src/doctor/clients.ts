// clients.json: every client validates. It is this device's copy of the client settings merged from
// settings/<device>.json, so a damaged one is rebuilt from there by --repair (the damaged file is
// kept in quarantine/ first).
import { count } from '../core/plural.ts';
import { DataError } from '../core/errors.ts';
import type { Client } from '../core/client.ts';
import { materializeClients, readClients } from '../store/clients-file.ts';
import { quarantineCopy } from '../store/repair.ts';
import { clientSchema } from '../store/schema.ts';
import type { Check } from './check.ts';
import { damageText, winnersOf } from './settings.ts';

export const clients: Check = {
  name: 'clients',
  covers: 'clients.json: every client valid; --repair rebuilds it from settings/',
  run(d) {
    const { ctx, p, store, repair } = d;
    try {
      readClients(ctx.fs, p.clients);
      return [];
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      const problem = damageText(err.message, p.clients);
      const source = winnersOf(d, 'client:');
      const rebuilt = source?.winners.map((w) => w.value as Client) ?? [];
      if (!source || !rebuilt.every((c) => clientSchema.safeParse(c).success)) {
        return [{ file: p.clients, problem, repaired: false, fix: 'No whole copy to rebuild it from: fix it by hand (tt does not guess at settings) or move it away and add the clients again.' }];
      }
      if (repair) {
        quarantineCopy(store, p.clients, ctx.fs.readFileSync(p.clients, 'utf8'));
        store.transaction((tx) => materializeClients(tx, p.clients, rebuilt));
      }
      return [{
        file: p.clients,
        problem: repair ? `${problem}; rebuilt from ${source.files.join(', ')} (${count(rebuilt.length, 'client')}), the damaged file kept in quarantine/` : problem,
        repaired: repair,
        fix: `\`tt doctor --repair\` rebuilds it from ${source.files.join(', ')} (${count(rebuilt.length, 'client')}) and keeps the damaged file in quarantine/.`,
      }];
    }
  },
};
