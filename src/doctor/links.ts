// Symbolic links inside the data folder and a device id that is not one: either would lead tt's
// writes outside the data folder, which tt refuses (src/store/check-links.ts holds the walk).
import { checkLinks } from '../store/check-links.ts';
import type { Check } from './check.ts';

export const links: Check = {
  name: 'links',
  covers: 'no symbolic link inside the data folder; the device id is a device id',
  run: (d) => checkLinks(d.ctx.fs, d.p.root),
};
