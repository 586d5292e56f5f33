// This device's time records are each in the shard of the month of their work (src/store/work-month.ts),
// the layout that lets a week's question read only that week's months. A record elsewhere (a store an
// older tt wrote that has not folded since, a move cut short) is still read, only more slowly: a
// notice. --repair moves them as the first fold does (src/store/migrate-layout.ts): added to their new
// shard first, only then taken out of the old one, so nothing is ever in neither.
import { migrateLayout, misplaced } from '../store/migrate-layout.ts';
import { validateTime } from '../store/validators.ts';
import type { Check, Finding } from './check.ts';

export const layout: Check = {
  name: 'layout',
  covers: "this device's time records: each in the shard of the month of its work",
  run({ ctx, p, store, repair }) {
    if (!ctx.fs.existsSync(p.events)) return [];
    const deps = { validateTime, device: store.device() };
    const { moves, damaged } = misplaced(ctx, p, deps);
    const count = [...moves.values()].reduce((n, l) => n + l.length, 0);
    if (damaged.length || (!count && ctx.fs.existsSync(p.layout))) return []; // damage: the shards check reports it
    // With nothing misplaced, --repair only writes the marker, so the next fold does not look again.
    const repaired = repair && migrateLayout(ctx, p, deps, { force: true }).length === 0;
    if (!count) return [];
    const findings: Finding[] = [
      {
        file: p.events,
        problem: `${count} record(s) of this device are not in the shard of the month of their work, so questions about a week read more than that week`,
        repaired,
        severity: 'notice',
        fix: '`tt doctor --repair` (or the next command that records something) moves them, each added to its new shard before it leaves the old one.',
      },
    ];
    return findings;
  },
};
