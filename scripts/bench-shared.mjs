// What the history benches share (scripts/bench/report.mjs, scripts/bench/history.mjs): made-up
// intervals, the same intervals as a Timewarrior database, tt's shard encoder, children's CPU time.
// Beside bench/, not in it: `npm run bench` runs every file in bench/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** tt's encodeShard, bundled from the source into the bench's work folder. */
export async function loadEncodeShard(root, work) {
  const out = join(work, 'shard.mjs');
  await build({ entryPoints: [join(root, 'src/store/shard.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning', banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
  return (await import(pathToFileURL(out).href)).encodeShard;
}

/** n deterministic intervals from `from` to `to` (ms), each filling 30 to 90 % of its slot. */
export function intervals(n, { from, to, seed, clients }) {
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const slot = (to - from) / n;
  const out = [];
  for (let i = 0; i < n; i++) {
    const start = Math.floor((from + i * slot) / 60_000) * 60_000;
    const end = start + Math.max(1, Math.floor((slot * (0.3 + rand() * 0.6)) / 60_000)) * 60_000;
    out.push({ start, end, client: clients[i % clients.length], tag: `t${i % 7}` });
  }
  return out;
}

/** The same intervals as a Timewarrior database in `home`/.timewarrior. */
export function writeTimewHome(home, list) {
  const db = join(home, '.timewarrior');
  mkdirSync(join(db, 'data'), { recursive: true });
  writeFileSync(join(db, 'timewarrior.cfg'), '');
  const stamp = (ms) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const months = new Map();
  const tags = new Map();
  for (const iv of list) {
    const m = new Date(iv.start).toISOString().slice(0, 7);
    if (!months.has(m)) months.set(m, []);
    months.get(m).push(`inc ${stamp(iv.start)} - ${stamp(iv.end)} # ${iv.client} ${iv.tag}`);
    for (const t of [iv.client, iv.tag]) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  for (const [m, lines] of months) writeFileSync(join(db, 'data', `${m}.data`), `${lines.join('\n')}\n`);
  // Written up front so timew does not rebuild it inside the timed run.
  writeFileSync(join(db, 'data', 'tags.data'), `{\n${[...tags].map(([t, n]) => `  "${t}":{"count":${n}}`).join(',\n')}\n}\n`);
}

/** CPU seconds (user + system) of finished child processes, from /proc (Linux): on a shared, busy
 * machine a process's CPU time is steadier than its wall time, which includes waiting for a core. */
export function childCpu() {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[13]) + Number(f[14])) / 100; // cutime, cstime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}
