// Month shards of time (events/) and activity (activity/): every record valid, the document well
// formed. --repair keeps the good records and moves the bad ones (and a copy of the file) to
// quarantine/.
import { count } from '../core/plural.ts';
import { repairShard, salvageShard } from '../store/repair.ts';
import { join } from 'node:path';
import { validateActivity, validateTime } from '../store/validators.ts';
import { attempt, type Check, type Doctor, type Finding } from './check.ts';

export const shards: Check = {
  name: 'shards',
  covers: 'month shards of time and activity: every record valid, each file well formed',
  run(d) {
    const { ctx, p, store, repair } = d;
    const findings: Finding[] = [];
    for (const [dir, validate] of [[p.events, validateTime], [p.activity, validateActivity]] as const) {
      for (const file of shardFiles(d, dir, findings)) {
        attempt(findings, file, () => {
          const text = ctx.fs.readFileSync(file, 'utf8');
          const { good, bad } = salvageShard(text, validate);
          if (!bad.length && wellFormed(text)) return;
          const problem = bad.length ? `${count(bad.length, 'bad record')}, first: ${bad[0]!.slice(0, 120)}` : 'not a valid shard document';
          if (repair) repairShard(store, file, text, good, bad);
          findings.push({
            file,
            problem: `${problem}; ${count(good.length, 'good record')}`,
            repaired: repair,
            fix: '`tt doctor --repair` keeps the good records and moves the bad ones, with a copy of the file, to quarantine/.',
          });
        });
      }
    }
    return findings;
  },
};

/** The month shards under events/ or activity/; a device folder that cannot be listed is a finding. */
function shardFiles({ ctx }: Doctor, dir: string, findings: Finding[]): string[] {
  const out: string[] = [];
  if (!ctx.fs.existsSync(dir)) return out;
  for (const device of ctx.fs.readdirSync(dir).sort()) {
    const sub = join(dir, device);
    attempt(findings, sub, () => {
      if (!ctx.fs.statSync(sub).isDirectory()) return;
      for (const f of ctx.fs.readdirSync(sub).sort()) if (/^\d{4}-\d{2}\.json$/.test(f)) out.push(join(sub, f));
    });
  }
  return out;
}

function wellFormed(text: string): boolean {
  try {
    return (JSON.parse(text) as { version?: unknown }).version === 1;
  } catch {
    return false;
  }
}
