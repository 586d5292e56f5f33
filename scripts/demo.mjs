// npm run demo: builds the demo world (templates/demo/) in a temp folder and audits its invoice, so a
// fresh clone shows the money an invoice left out. `tt audit` exits 1 when it flags a client: here
// that is the expected finding, so the demo itself exits 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorld, runTt } from './demo-world.mjs';

const root = mkdtempSync(join(tmpdir(), 'tt-demo-'));
try {
  const { env, world } = buildWorld(root);
  console.log(world.about);
  const show = (args) => {
    console.log(`\n$ tt ${args.join(' ')}`);
    const r = runTt(env, args, { allow: [0, 1] });
    process.stdout.write(r.stdout + r.stderr);
    return r.status;
  };
  show(['log', '--since', '2026-11-02', '--until', '2026-11-08']);
  show(['invoice', 'list']);
  show(['reconcile', '--since', '2026-11-02', '--until', '2026-11-08']);
  const code = show(['audit']);
  if (code !== 1) throw new Error(`the demo expected tt audit to flag acme (exit 1), it exited ${code}`);
  console.log('\n(tt audit exited 1: it flagged a client, which is the finding this demo is about.)');
} finally {
  rmSync(root, { recursive: true, force: true });
}
