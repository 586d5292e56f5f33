// npm run demo: builds the demo world (templates/demo/) in a temp folder and closes the money loop
// on it: the audit flags the untracked Friday (exit 1, the finding), review turns its evidence into
// an entry, `invoice create --unbilled` bills exactly that as a supplementary invoice, and the audit
// of both invoices comes out clean (exit 0). The demo itself exits 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorld, loopSteps, nowInvoiced, runTt } from './demo-world.mjs';

const root = mkdtempSync(join(tmpdir(), 'tt-demo-'));
try {
  const { env, world } = buildWorld(root);
  console.log(world.about);
  const show = (args, allow = [0]) => {
    console.log(`\n$ tt ${args.join(' ').replaceAll(root, '.')}`);
    const r = runTt(env, args, { allow });
    process.stdout.write((r.stdout + r.stderr).replaceAll(root, '.'));
    return r.status;
  };
  const steps = loopSteps(world, root);
  show(['log', '--since', '2026-11-02', '--until', '2026-11-08']);
  show(['invoice', 'list']);
  const found = show(['audit'], [0, 1]);
  if (found !== 1) throw new Error(`the demo expected tt audit to flag acme (exit 1), it exited ${found}`);
  console.log('\n(tt audit exited 1: it flagged a client. Next, what it says: review the untracked day, then bill it.)');
  show(steps.review);
  show(steps.create);
  const clean = show(['audit'], [0, 1]);
  if (clean !== 0) throw new Error(`the demo expected the second tt audit to be clean (exit 0), it exited ${clean}`);
  show(['invoice', 'list', '--open']);
  const listed = JSON.parse(runTt(env, ['invoice', 'list', '--open', '--json']).stdout).invoices.at(-1);
  console.log(`\n${nowInvoiced(listed)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
