// Entries whose times lie outside the bounds tt keeps (core/bounds.ts), stored by an older tt or an
// import before the bound existed: read commands leave them out, doctor names each and its fix.
import { checkInstants } from '../store/check-instants.ts';
import type { Check, Finding } from './check.ts';

export const instants: Check = {
  name: 'instants',
  covers: 'tracked entries: start and end between 1970-01-01 and now',
  async prepare(d) {
    d.memo.set('instants', await checkInstants(d.store));
  },
  run(d) {
    return (d.memo.get('instants') as Finding[] | undefined) ?? [];
  },
};
