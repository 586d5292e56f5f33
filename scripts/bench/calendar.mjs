// Calendar speed: tt against python's recurring_ical_events (Debian package
// python3-recurring-ical-events), whole processes, same machine, same run. A generated year holds
// 2,000 single events and 100 weekly series with EXDATEs and RECURRENCE-ID overrides (moved and
// cancelled instances), in a mix of zones the way real exports write them: IANA names, Windows ids
// (Exchange, with their 1601 VTIMEZONEs), a custom VTIMEZONE nothing else knows, and UTC.
// Targets: one week and the whole year of the imported calendar at most 0.3x python's time; and
// `tt reconcile` of a week with 8 imported calendars at most 1.5x `tt log` of the same week.
// Run after `npm run build`: node scripts/bench/calendar.mjs
// Figures are ratios measured in this run, the commands compared run in turn (the machines are
// shared and noisy); exits 0 either way.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { monotonicFactory } from 'ulid';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = process.env.TT_BENCH_BIN ?? join(ROOT, 'bin', 'tt.js');
const dir = mkdtempSync(join(tmpdir(), 'tt-bench-cal-'));
const file = join(dir, 'year.ics');
writeFileSync(file, generate(42));

const NOW = '2026-06-05T12:00:00Z';
const env = { ...process.env, TT_HOME: join(dir, 'home'), TZ: 'Europe/Berlin', NO_COLOR: '1', TT_NOW: NOW };
const python = '/usr/bin/python3';
const PY = `
import sys, datetime, icalendar, recurring_ical_events
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
a = datetime.date.fromisoformat(sys.argv[2]); b = datetime.date.fromisoformat(sys.argv[3]) + datetime.timedelta(days=1)
print(len(recurring_ical_events.of(cal).between(a, b)))
`;
const ranges = { week: ['2026-06-01', '2026-06-07'], year: ['2026-01-01', '2026-12-31'] };
const TARGET = 0.3;
const RUNS = Number(process.env.TT_BENCH_RUNS ?? 7);

// CPU time of finished children (user + system, Linux /proc), beside wall time: on a shared, busy
// machine wall time swings with the load while CPU time stays close to the work done.
function childCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) * 10; // cutime + cstime, in 1/100 s ticks
  } catch {
    return NaN;
  }
}

/**
 * Median wall and CPU time of each command, the commands run in turn RUNS times (interleaved, so
 * that a burst of load on the shared machine falls on all of them alike).
 */
function timeAll(commands) {
  const runs = commands.map(() => ({ wall: [], cpu: [], out: '', error: undefined }));
  for (let i = 0; i < RUNS; i++) {
    commands.forEach(([cmd, args, e = env], k) => {
      if (runs[k].error) return;
      const c0 = childCpuMs();
      const t0 = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { env: e, encoding: 'utf8', maxBuffer: 1 << 28 });
      runs[k].wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
      runs[k].cpu.push(childCpuMs() - c0);
      if (r.status !== 0) runs[k].error = (r.stderr || r.error?.message || '').split('\n').slice(-3).join(' ');
      runs[k].out = r.stdout;
    });
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return runs.map((r) => (r.error ? { error: r.error } : { ms: median(r.wall), cpu: median(r.cpu), out: r.out }));
}

const tt = (args, e = env) => spawnSync(process.execPath, [BIN, ...args], { env: e, encoding: 'utf8' });
const cpuRatio = (a, b) => (Number.isFinite(a.cpu / b.cpu) ? `; CPU ${a.cpu.toFixed(0)} vs ${b.cpu.toFixed(0)} ms, ${(a.cpu / b.cpu).toFixed(2)}x` : '');
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

console.log(`load average ${load()} (1, 5, 15 min) on ${(await import('node:os')).cpus().length} cores`);
const hasPython = spawnSync(python, ['-c', 'import recurring_ical_events'], { encoding: 'utf8' }).status === 0;
if (!hasPython) console.log('python3-recurring-ical-events is not installed (apt-get install python3-recurring-ical-events): tt figures only, no comparison.');
const imported = tt(['calendar', 'import', file, '--name', 'bench']);
if (imported.status !== 0) throw new Error(`import failed: ${imported.stderr}`);
console.log(`calendar: ${(readFileSync(file).length / 1024).toFixed(0)} KB, 2,000 single events and 100 weekly series with overrides; imported once, then queried; median of ${RUNS} runs, interleaved`);
for (const [label, [from, to]] of Object.entries(ranges)) {
  const [t, py] = timeAll([[process.execPath, [BIN, 'calendar', 'events', '--since', from, '--until', to, '--all', '--json']], ...(hasPython ? [[python, ['-c', PY, file, from, to]]] : [])]);
  if (t.error) {
    console.log(`${label}: tt failed: ${t.error}`);
    continue;
  }
  const count = JSON.parse(t.out).length;
  if (!hasPython) {
    console.log(`${label.padEnd(5)} tt ${t.ms.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU (${count} instances)`);
    continue;
  }
  if (py.error) {
    console.log(`${label}: python failed: ${py.error}`);
    continue;
  }
  const ratio = t.ms / py.ms;
  console.log(`${label.padEnd(5)} tt ${t.ms.toFixed(0)} ms (${count} instances), python ${py.ms.toFixed(0)} ms (${py.out.trim()} instances): wall ratio ${ratio.toFixed(2)}x (target <= ${TARGET}x, ${ratio <= TARGET ? 'ok' : 'over target'})${cpuRatio(t, py)}`);
}

// tt reconcile of a week with 8 imported calendars against tt log of the same week, over a year of
// tracked time (2,000 entries) in the same data folder, with client rules that claim the meetings
// (by the organizer's domain and by title). Twice: 8 calendars of the full mix above (1,200
// meetings in the week, some 170 a day: far more than anyone attends), and 8 of a working density
// (250 single events and 12 weekly series a year each, about 150 meetings in the week). Beside each,
// for scale: reconcile of the same folder with no calendar.
const week = ['--since', ranges.week[0], '--until', ranges.week[1]];
for (const [label, singles, series] of [['the full mix', 2000, 100], ['a working density', 250, 12]]) {
  const tag = singles === 2000 ? 'full' : 'work';
  const home8 = join(dir, `home8-${tag}`);
  const env8 = { ...env, TT_HOME: home8 };
  const home0 = join(dir, `home0-${tag}`);
  const env0 = { ...env, TT_HOME: home0 };
  for (const [home, e] of [[home8, env8], [home0, env0]]) {
    await writeEntries(home);
    for (const args of [['client', 'add', 'acme', '--domain', 'acme.example'], ['client', 'add', 'globex', '--meeting', '^Weekly']]) {
      const r = tt(args, e);
      if (r.status !== 0) throw new Error(`tt ${args.join(' ')} failed: ${r.stderr}`);
    }
  }
  for (let i = 0; i < 8; i++) {
    const f = join(dir, `cal-${tag}-${i}.ics`);
    writeFileSync(f, generate(100 + i, singles, series));
    const r = tt(['calendar', 'import', f, '--name', `cal${i}`], env8);
    if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
  }
  // Caches and indexes in place, as in daily use (an index just written is checked by content for 2 s).
  for (const e of [env8, env0]) for (const args of [['log', ...week], ['reconcile', ...week]]) tt(args, e);
  await new Promise((done) => setTimeout(done, 2100));
  for (const args of [['log', ...week], ['reconcile', ...week]]) tt(args, env8);
  const [log, rec, rec0] = timeAll([[process.execPath, [BIN, 'log', ...week], env8], [process.execPath, [BIN, 'reconcile', ...week], env8], [process.execPath, [BIN, 'reconcile', ...week], env0]]);
  if (log.error || rec.error || rec0.error) {
    console.log(`reconcile: failed: ${log.error ?? rec.error ?? rec0.error}`);
    continue;
  }
  const ratio = rec.ms / log.ms;
  const meetings = JSON.parse(tt(['calendar', 'events', ...week, '--json'], env8).stdout).length;
  console.log(`reconcile of a week with 8 calendars of ${label} (${meetings} meetings) ${rec.ms.toFixed(0)} ms, tt log of that week ${log.ms.toFixed(0)} ms: ratio ${ratio.toFixed(2)}x (target <= 1.5x, ${ratio <= 1.5 ? 'ok' : 'over target'})${cpuRatio(rec, log)}`);
  console.log(`  for scale: reconcile of the same week with no calendar ${rec0.ms.toFixed(0)} ms (${(rec0.ms / log.ms).toFixed(2)}x log); the 8 calendars add ${(rec.ms - rec0.ms).toFixed(0)} ms`);
}
console.log(`load average ${load()} after the runs`);
if (process.env.TT_BENCH_KEEP) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });

/** A year of tracked time as tt stores it (encodeShard from the real source): 2,000 entries. */
async function writeEntries(home) {
  const out = join(dir, 'shard.mjs');
  await build({ entryPoints: [join(ROOT, 'src/store/shard.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning', banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
  const { encodeShard } = await import(pathToFileURL(out).href);
  const device = 'benchdev000';
  const ulid = monotonicFactory();
  const months = new Map();
  const from = Date.UTC(2025, 5, 2, 7);
  for (let i = 0; i < 2000; i++) {
    const start = from + Math.floor(i / 8) * 86_400_000 * (365 / 250) + (i % 8) * 3600_000;
    const end = start + 45 * 60_000;
    const at = new Date(end).toISOString();
    const id = ulid(end);
    const m = at.slice(0, 7);
    if (!months.has(m)) months.set(m, []);
    months.get(m).push({ v: 1, device, at, tz: 'Europe/Berlin', source: 'cli', action: id, id, kind: 'entry', entry: id, start: new Date(start).toISOString(), end: at, client: ['acme', 'globex'][i % 2], tags: [] });
  }
  mkdirSync(join(home, 'events', device), { recursive: true });
  writeFileSync(join(home, 'device'), device);
  for (const [m, events] of months) writeFileSync(join(home, 'events', device, `${m}.json`), encodeShard({ version: 1, events }));
}

/** A deterministic calendar (a fixed-seed generator, so every run measures the same file). */
function generate(seed0, singles = 2000, seriesCount = 100) {
  let seed = seed0;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const pad = (n) => String(n).padStart(2, '0');
  const stamp = (d, h, m) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(h)}${pad(m)}00`;
  const day = (i) => new Date(Date.UTC(2026, 0, 1 + i));
  // How each event writes its times: [DTSTART/DTEND parameter, suffix]. UTC values end in Z.
  const ZONES = [';TZID=Europe/Berlin', ';TZID=W. Europe Standard Time', ';TZID=Pacific Standard Time', ';TZID=Customized Time Zone', ''];
  const time = (z, d, h, m) => `${z}:${stamp(d, h, m)}${z ? '' : 'Z'}`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tt bench//EN', 'X-WR-CALNAME:bench', ...vtimezones()];
  for (let i = 0; i < singles; i++) {
    const d = day(rnd(365));
    const h = 7 + rnd(11);
    const len = [15, 20, 30, 45, 60, 90][rnd(6)];
    const end = h * 60 + len;
    const z = ZONES[i % ZONES.length];
    lines.push('BEGIN:VEVENT', `UID:single-${i}@bench`, 'DTSTAMP:20260101T000000Z', `SUMMARY:Meeting ${i} with acme`,
      `DTSTART${time(z, d, h, 0)}`, `DTEND${time(z, d, Math.floor(end / 60), end % 60)}`,
      `ORGANIZER;CN=Boss:mailto:boss${i % 7}@acme.example`, 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.com',
      ...(i % 10 === 0 ? ['STATUS:TENTATIVE'] : []), 'END:VEVENT');
  }
  for (let s = 0; s < seriesCount; s++) {
    const first = day(rnd(14));
    const h = 8 + rnd(9);
    const z = ZONES[s % 4]; // series in a zone with DST (a UTC series has no DST to keep)
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    // BYDAY includes DTSTART's own weekday: RFC 5545 counts DTSTART as an instance even when the rule
    // does not produce it, python's dateutil does not, and the bench compares like with like.
    const own = days[(first.getUTCDay() + 6) % 7];
    const byday = s % 3 === 0 ? `;BYDAY=${own},${days[rnd(5)]}` : '';
    const uid = `series-${s}@bench`;
    const at = (w, hh, mm = 0) => time(z, new Date(first.getTime() + w * 7 * 86400000), hh, mm);
    lines.push('BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `SUMMARY:Weekly ${s}`,
      `DTSTART${at(0, h)}`, `DTEND${at(0, h, 30)}`,
      `RRULE:FREQ=WEEKLY${byday}${s % 4 === 0 ? ';COUNT=40' : ';UNTIL=20261231T230000Z'}`,
      ...[3, 9, 17].map((w) => `EXDATE${at(w, h)}`), 'END:VEVENT');
    for (const w of [5, 11, 22, 23]) {
      lines.push('BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `SUMMARY:Weekly ${s} (moved)`,
        `RECURRENCE-ID${at(w, h)}`, `DTSTART${at(w, h + 1)}`, `DTEND${at(w, h + 1, 45)}`,
        ...(w === 23 ? ['STATUS:CANCELLED'] : []), 'END:VEVENT');
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** VTIMEZONEs as exporters write them: Google/Apple's for an IANA name, Exchange's 1601 ones for Windows ids and a custom zone. */
function vtimezones() {
  const zone = (tzid, std, dst, start) => ['BEGIN:VTIMEZONE', `TZID:${tzid}`,
    'BEGIN:STANDARD', `DTSTART:${start}T030000`, `TZOFFSETFROM:${dst[0]}`, `TZOFFSETTO:${std[0]}`, `RRULE:FREQ=YEARLY;BYMONTH=${std[1]};BYDAY=${std[2]}`, 'END:STANDARD',
    'BEGIN:DAYLIGHT', `DTSTART:${start}T020000`, `TZOFFSETFROM:${std[0]}`, `TZOFFSETTO:${dst[0]}`, `RRULE:FREQ=YEARLY;BYMONTH=${dst[1]};BYDAY=${dst[2]}`, 'END:DAYLIGHT',
    'END:VTIMEZONE'];
  return [
    ...zone('Europe/Berlin', ['+0100', 10, '-1SU'], ['+0200', 3, '-1SU'], '19700101'),
    ...zone('W. Europe Standard Time', ['+0100', 10, '-1SU'], ['+0200', 3, '-1SU'], '16010101'),
    ...zone('Pacific Standard Time', ['-0800', 11, '1SU'], ['-0700', 3, '2SU'], '16010101'),
    ...zone('Customized Time Zone', ['-0500', 11, '1SU'], ['-0400', 3, '2SU'], '16010101'),
  ];
}
