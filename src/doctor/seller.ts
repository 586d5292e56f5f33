// The sender of invoices: the old free-text `invoice.from` is read as seller.* keys until one of
// them is set (src/invoices/seller.ts). Doctor says so, with the `tt config set` commands that store
// what tt read from it, and says when the seller.* keys leave out what §14 UStG asks of an invoice.
import { migrationCommands, sellerFrom } from '../invoices/seller.ts';
import { readConfigFile } from '../store/config-file.ts';
import type { Check, Finding } from './check.ts';

export const seller: Check = {
  name: 'seller',
  covers: 'config: the sender printed on invoices (seller.*, or the old invoice.from)',
  run({ ctx, p }) {
    let config;
    try {
      config = readConfigFile(ctx.fs, p.config);
    } catch {
      return []; // a damaged config.json is the config check's finding
    }
    const s = sellerFrom(config);
    const findings: Finding[] = [];
    if (s.source === 'invoice.from') {
      findings.push({
        file: p.config,
        problem: 'invoices print the sender from invoice.from, the old free text: tt reads its lines as seller.* keys',
        repaired: false,
        severity: 'notice',
        fix: `To store them as keys (invoice.from stays as it is): ${migrationCommands(s).join('; ')}`,
      });
    }
    if (s.source === 'seller' && !s.vatId && !s.taxNumber && config['invoice.smallBusiness'] !== true) {
      findings.push({ file: p.config, problem: 'seller.vatId and seller.taxNumber are both unset: invoices must carry one (§14 UStG)', repaired: false, severity: 'notice', fix: 'tt config set seller.vatId ID, or tt config set seller.taxNumber NUMBER (or invoice.smallBusiness true).' });
    }
    return findings;
  },
};
