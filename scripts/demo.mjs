// npm run demo: builds the demo world (templates/demo/) in a temp folder and closes the money loop
// on it: the audit flags the untracked Friday (exit 1, the finding), review turns its evidence into
// an entry, `invoice create --unbilled` bills exactly that as a supplementary invoice, and the audit
// of both invoices comes out clean (exit 0). The demo itself exits 0. The folder is kept, with the
// commands to explore it: week two has commits and no entries yet, for `tt review`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, buildWorld, loopSteps, nowInvoiced, runTt } from './demo-world.mjs';

const root = mkdtempSync(join(tmpdir(), 'tt-demo-'));
const { env, world } = buildWorld(root);
console.log(world.about);
const show = (args, allow = [0]) => {
  console.log(`\n$ tt ${args.join(' ').replaceAll(root, '.')}`);
  const r = runTt(env, args, { allow });
  process.stdout.write((r.stdout + r.stderr).replaceAll(root, '.'));
  return r.status;
};
const steps = loopSteps(world, root);
show(['log', '--since', '2026-11-02', '--until', '2026-11-15']);
show(['invoice', 'list']);
const found = show(['audit'], [0, 1]);
if (found !== 1) throw new Error(`the demo expected tt audit to flag acme (exit 1), it exited ${found}`);
console.log('\n(tt audit exited 1: it flagged a client. Next, what it says: review the untracked day, then bill it.)');
show(steps.review);
show(steps.create);
const clean = show(['audit'], [0, 1]);
if (clean !== 0) throw new Error(`the demo expected the second tt audit to be clean (exit 0), it exited ${clean}`);
// The data stays, so what the demo showed can be tried by hand; its clock is pinned as the demo's.
const pin = `TT_HOME=${env.TT_HOME} TT_NOW=${world.now}`;
console.log(`\nThe demo's data is kept in ${root} (the repos are in code/). Week two has commits and no entries yet:`);
console.log(`  ${pin} tt review --last-week`);
console.log(`  ${pin} tt reconcile --since 2026-11-02 --until 2026-11-15`);
console.log(`(Until tt is on your PATH, \`tt\` is \`node ${BIN}\`; rm -rf ${root} removes the demo.)`);
show(['invoice', 'list', '--open']);
const listed = JSON.parse(runTt(env, ['invoice', 'list', '--open', '--json']).stdout).invoices.at(-1);
console.log(`\n${nowInvoiced(listed)}`);
