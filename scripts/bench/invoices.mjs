// Bench for invoices (issue 6): reading a 50,000-row Toggl export against csv-parse alone on the same
// text, building invoice lines from 50,000 entries against a plain sum per day, and, when the built
// binary runs, `tt invoice create` over 20,000 stored entries against `tt log --json` over the same,
// and (issue 14) a month's invoice as PDF against the same as HTML (target at most 2x).
// Run after `npm run build`:  node scripts/bench/invoices.mjs
// Figures are ratios measured in this run (the machines are shared and noisy); exits 0 either way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { monotonicFactory } from 'ulid';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = process.env.TT_BENCH_BIN ?? join(ROOT, 'bin', 'tt.js');
const ROWS = 50_000;
const ENTRIES = 20_000;
const work = mkdtempSync(join(tmpdir(), 'tt-bench-invoices-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function load(entry) {
  const out = join(work, `${entry.replace(/\W/g, '_')}.mjs`);
  await build({ entryPoints: [join(ROOT, entry)], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning', banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
  return import(pathToFileURL(out).href);
}

function timeIt(fn, runs = 5) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: median(times), result };
}

/** A Toggl detailed report the hard way: BOM, every field quoted, 12-hour times, US dates decided late. */
function togglCsv(n) {
  const lines = ['\ufeff"User","Email","Client","Project","Task","Description","Billable","Start date","Start time","End date","End time","Duration","Tags","Amount (EUR)"'];
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const h = 1 + (i % 11);
    const q = (s) => `"${s.replace(/"/g, '""')}"`;
    lines.push([q('Jo'), q('jo@example.com'), q(`Client ${i % 5}`), q(`P${i % 9}`), q(''), q(`Work item ${i}, "quoted"`), q(i % 7 ? 'Yes' : 'No'), q(`2026-${String((i % 12) + 1).padStart(2, '0')}-${day}`), q(`${String(h).padStart(2, '0')}:00:00 AM`), q('2026-01-01'), q(`${String(h).padStart(2, '0')}:45:00 AM`), q('00:45:00'), q('a, b'), q(`${(i % 300) + 0.5}`)].join(','));
  }
  return lines.join('\r\n');
}

async function parsing() {
  const { parseExport } = await load('src/invoices/parse-export.ts');
  const { parse } = await import('csv-parse/sync');
  const text = togglCsv(ROWS);
  const raw = timeIt(() => parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }).length);
  const tt = timeIt(() => parseExport(text, 'bench.csv').rows.length);
  if (tt.result !== ROWS) throw new Error(`parsed ${tt.result} rows of ${ROWS}`);
  console.log(`read ${ROWS} Toggl rows: csv-parse alone ${raw.ms.toFixed(0)} ms, tt's parser ${tt.ms.toFixed(0)} ms (median of 5)`);
  console.log(`  tt / csv-parse: ${(tt.ms / raw.ms).toFixed(2)}x (target at most 3x) ${tt.ms / raw.ms <= 3 ? 'OK' : 'OVER'}`);
}

async function lines() {
  const { buildLines } = await load('src/invoices/build.ts');
  const start = Date.UTC(2026, 0, 1, 8);
  const entries = Array.from({ length: ROWS }, (_, i) => ({ id: String(i), client: 'acme', project: `p${i % 4}`, tags: [], note: `n${i % 3}`, start: start + i * 600_000, end: start + i * 600_000 + 300_000, tz: 'Europe/Berlin', source: 'cli', lastAction: '' }));
  const client = { name: 'acme', rates: [{ from: null, rate: 90 }, { from: '2026-06-01', rate: 100 }], currency: 'EUR', roundMin: 6, roundMode: 'up', billable: true, aliases: [], repos: [], remotes: [], meetings: [], domains: [], calendars: [] };
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
  const plain = timeIt(() => {
    const m = new Map();
    for (const e of entries) {
      const k = `${day.format(e.start)} ${e.project}`;
      m.set(k, (m.get(k) ?? 0) + (e.end - e.start));
    }
    return m.size;
  });
  const tt = timeIt(() => buildLines(entries, client, 'Europe/Berlin').length);
  if (tt.result !== plain.result) throw new Error(`lines ${tt.result} != groups ${plain.result}`);
  console.log(`invoice lines from ${ROWS} entries: plain sum per day ${plain.ms.toFixed(0)} ms, buildLines ${tt.ms.toFixed(0)} ms (${tt.result} lines)`);
  console.log(`  buildLines / plain: ${(tt.ms / plain.ms).toFixed(2)}x (target at most 3x) ${tt.ms / plain.ms <= 3 ? 'OK' : 'OVER'}`);
}

async function endToEnd() {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs')) && !process.env.TT_BENCH_BIN) {
    console.log('dist/ is missing (run `npm run build`): the binary comparison is skipped');
    return;
  }
  const { encodeShard } = await load('src/store/shard.ts');
  const home = join(work, 'home');
  const device = 'benchdev000';
  const ulid = monotonicFactory();
  const months = new Map();
  const from = Date.UTC(2025, 0, 1, 8);
  for (let i = 0; i < ENTRIES; i++) {
    const start = from + i * 3 * 3600_000;
    const end = start + 5400_000;
    const id = ulid(end);
    const at = new Date(end).toISOString();
    const e = { v: 1, device, at, tz: 'Europe/Berlin', source: 'cli', action: id, id, kind: 'entry', entry: id, start: new Date(start).toISOString(), end: at, client: 'acme', project: `p${i % 3}`, tags: [] };
    const m = at.slice(0, 7);
    if (!months.has(m)) months.set(m, []);
    months.get(m).push(e);
  }
  mkdirSync(join(home, 'events', device), { recursive: true });
  for (const [m, events] of months) writeFileSync(join(home, 'events', device, `${m}.json`), encodeShard({ version: 1, events }));
  writeFileSync(join(home, 'device'), `${device}\n`);
  const client = { name: 'acme', rates: [{ from: null, rate: 90 }], currency: 'EUR', roundMin: 6, roundMode: 'up', billable: true, aliases: [], repos: [], remotes: [], meetings: [], domains: [], calendars: [] };
  writeFileSync(join(home, 'clients.json'), JSON.stringify({ version: 1, clients: [client] }));
  const env = { PATH: process.env.PATH, HOME: work, TT_HOME: home, TZ: 'Europe/Berlin', TT_NOW: '2031-12-01T10:00:00Z', NO_COLOR: '1' };
  const run = (args) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`tt ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  const period = ['2025-01-01', '2031-11-30'];
  try {
    const log = median([0, 1, 2].map(() => run(['log', '--since', period[0], '--until', period[1], '--json'])));
    const inv = median([0, 1, 2].map(() => run(['invoice', 'create', '--client', 'acme', '--period', period.join('..'), '--dry-run', '--json'])));
    console.log(`${ENTRIES} entries: tt log --json ${log.toFixed(2)} s, tt invoice create --dry-run ${inv.toFixed(2)} s (median of 3)`);
    console.log(`  invoice create / log: ${(inv / log).toFixed(2)}x (target at most 2x) ${inv / log <= 2 ? 'OK' : 'OVER'}`);
  } catch (err) {
    console.log(`the built binary did not run (${err.message.split('\n')[0]}): the binary comparison is skipped`);
  }
}

/** A month of work (three entries a day, notes on each) as PDF and as HTML, each written to --out. */
async function pdfMonth() {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs')) && !process.env.TT_BENCH_BIN) {
    console.log('dist/ is missing: the PDF comparison is skipped (run `npm run build`)');
    return;
  }
  const { encodeShard } = await load('src/store/shard.ts');
  const home = join(work, 'pdf-home');
  const device = 'benchpdf0000';
  const ulid = monotonicFactory();
  const events = [];
  for (let day = 2; day <= 30; day++) {
    for (const hour of [8, 10, 13]) {
      const start = Date.UTC(2026, 10, day, hour);
      const end = start + 100 * 60_000;
      const id = ulid(end);
      events.push({ v: 1, device, at: new Date(end).toISOString(), tz: 'Europe/Berlin', source: 'cli', action: id, id, kind: 'entry', entry: id, start: new Date(start).toISOString(), end: new Date(end).toISOString(), client: 'acme', project: `p${hour % 3}`, tags: [], note: `Work item ${day}-${hour}: reviewed the checkout flow and fixed what the review found` });
    }
  }
  mkdirSync(join(home, 'events', device), { recursive: true });
  writeFileSync(join(home, 'events', device, '2026-11.json'), encodeShard({ version: 1, events }));
  writeFileSync(join(home, 'device'), `${device}\n`);
  const client = { name: 'acme', rates: [{ from: null, rate: 95 }], currency: 'EUR', roundMin: 6, roundMode: 'up', billable: true, taxPercent: 19, aliases: [], repos: [], remotes: [], meetings: [], domains: [], calendars: [], billing: { name: 'Acme GmbH', street: 'Hauptstr. 5', postcode: '10115', city: 'Berlin', country: 'DE', vatId: 'DE123456789' } };
  writeFileSync(join(home, 'clients.json'), JSON.stringify({ version: 1, clients: [client] }));
  writeFileSync(join(home, 'config.json'), JSON.stringify({ version: 1, values: { tz: 'Europe/Berlin', 'seller.name': 'Jo Doe', 'seller.country': 'DE', 'seller.vatId': 'DE987654321', 'seller.iban': 'DE89370400440532013000' } }));
  const env = { PATH: process.env.PATH, HOME: work, TT_HOME: home, TZ: 'Europe/Berlin', TT_NOW: '2026-12-02T10:00:00Z', NO_COLOR: '1' };
  const run = (format) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, 'invoice', 'create', '--client', 'acme', '--last-month', '--dry-run', '--format', format, '--out', join(work, `month.${format}`), '--force'], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tt invoice create --format ${format} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  run('html');
  run('pdf'); // warm the compile cache and the page cache for both
  const html = [];
  const pdf = [];
  for (let i = 0; i < 7; i++) {
    html.push(run('html'));
    pdf.push(run('pdf'));
  }
  const [h, p] = [median(html), median(pdf)];
  console.log(`a month (${events.length} entries): tt invoice create --format html ${h.toFixed(0)} ms, --format pdf ${p.toFixed(0)} ms (median of 7)`);
  console.log(`  pdf / html: ${(p / h).toFixed(2)}x (target at most 2x) ${p / h <= 2 ? 'OK' : 'OVER'}`);
}

try {
  await parsing();
  await lines();
  await endToEnd();
  await pdfMonth();
} catch (err) {
  console.log(`bench failed: ${err.stack ?? err}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
