// Calendar expansion speed: tt against python's recurring_ical_events (Debian package
// python3-recurring-ical-events), whole processes, same machine, same run. A generated calendar of
// one year holds 2,000 single events and 100 weekly series with moved, cancelled and excluded
// instances. Targets: the full year at most 0.5x python's time, one week at most 0.3x.
// Run after `npm run build`: node scripts/bench/calendar.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tt-bench-cal-'));
const file = join(dir, 'year.ics');
writeFileSync(file, generate());

const env = { ...process.env, TT_HOME: join(dir, 'home'), TZ: 'Europe/Berlin', NO_COLOR: '1', TT_NOW: '2026-06-01T12:00:00Z' };
const python = '/usr/bin/python3';
const PY = `
import sys, datetime, icalendar, recurring_ical_events
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
a = datetime.date.fromisoformat(sys.argv[2]); b = datetime.date.fromisoformat(sys.argv[3]) + datetime.timedelta(days=1)
print(len(recurring_ical_events.of(cal).between(a, b)))
`;
const ranges = { year: ['2026-01-01', '2026-12-31'], week: ['2026-06-01', '2026-06-07'] };
const targets = { year: 0.5, week: 0.3 };
const RUNS = 5;

// CPU time of finished children (user + system, Linux /proc), beside wall time: on a shared, busy
// machine wall time swings with the load while CPU time stays close to the work done.
function childCpuMs() {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').slice(readFileSync('/proc/self/stat', 'utf8').lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) * 10; // cutime + cstime, in 1/100 s ticks
  } catch {
    return NaN;
  }
}

function time(cmd, args) {
  const wall = [];
  const cpu = [];
  let out = '';
  for (let i = 0; i < RUNS; i++) {
    const c0 = childCpuMs();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu.push(childCpuMs() - c0);
    if (r.status !== 0) return { error: (r.stderr || r.error?.message || '').split('\n').slice(-3).join(' ') };
    out = r.stdout;
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: median(wall), cpu: median(cpu), out };
}

const hasPython = spawnSync(python, ['-c', 'import recurring_ical_events'], { encoding: 'utf8' }).status === 0;
if (!hasPython) console.log('python3-recurring-ical-events is not installed (apt-get install python3-recurring-ical-events): tt figures only, no comparison.');
console.log(`calendar: ${file} (2,000 single events, 100 weekly series), median of ${RUNS} runs`);
for (const [label, [from, to]] of Object.entries(ranges)) {
  const tt = time(process.execPath, [join(ROOT, 'bin', 'tt.js'), 'calendar', 'events', file, '--since', from, '--until', to, '--all', '--json']);
  if (tt.error) {
    console.log(`${label}: tt failed: ${tt.error}`);
    continue;
  }
  const count = JSON.parse(tt.out).length;
  if (!hasPython) {
    console.log(`${label.padEnd(5)} tt ${tt.ms.toFixed(0)} ms wall, ${tt.cpu.toFixed(0)} ms CPU (${count} instances)`);
    continue;
  }
  const py = time(python, ['-c', PY, file, from, to]);
  if (py.error) {
    console.log(`${label}: python failed: ${py.error}`);
    continue;
  }
  const ratio = tt.ms / py.ms;
  const verdict = ratio <= targets[label] ? 'ok' : 'over target';
  const cpu = Number.isFinite(tt.cpu / py.cpu) ? `; CPU ${tt.cpu.toFixed(0)} vs ${py.cpu.toFixed(0)} ms, ratio ${(tt.cpu / py.cpu).toFixed(2)}x` : '';
  console.log(`${label.padEnd(5)} tt ${tt.ms.toFixed(0)} ms (${count} instances), python ${py.ms.toFixed(0)} ms (${py.out.trim()} instances): wall ratio ${ratio.toFixed(2)}x (target <= ${targets[label]}x, ${verdict})${cpu}`);
}
rmSync(dir, { recursive: true, force: true });

/** A deterministic calendar (a fixed-seed generator, so every run measures the same file). */
function generate() {
  let seed = 42;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const pad = (n) => String(n).padStart(2, '0');
  const stamp = (d, h, m) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(h)}${pad(m)}00`;
  const day = (i) => new Date(Date.UTC(2026, 0, 1 + i));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tt bench//EN', 'X-WR-CALNAME:bench', ...berlin()];
  for (let i = 0; i < 2000; i++) {
    const d = day(rnd(365));
    const h = 7 + rnd(11);
    const len = [15, 20, 30, 45, 60, 90][rnd(6)];
    const end = h * 60 + len;
    lines.push('BEGIN:VEVENT', `UID:single-${i}@bench`, 'DTSTAMP:20260101T000000Z', `SUMMARY:Meeting ${i} with acme`,
      `DTSTART;TZID=Europe/Berlin:${stamp(d, h, 0)}`, `DTEND;TZID=Europe/Berlin:${stamp(d, Math.floor(end / 60), end % 60)}`,
      `ORGANIZER;CN=Boss:mailto:boss${i % 7}@acme.example`, `ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.com`,
      ...(i % 10 === 0 ? ['STATUS:TENTATIVE'] : []), 'END:VEVENT');
  }
  for (let s = 0; s < 100; s++) {
    const first = day(rnd(14));
    const h = 8 + rnd(9);
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    // BYDAY includes DTSTART's own weekday: RFC 5545 counts DTSTART as an instance even when the rule
    // does not produce it, python's dateutil does not, and the bench compares like with like.
    const own = days[(first.getUTCDay() + 6) % 7];
    const byday = s % 3 === 0 ? `;BYDAY=${own},${days[rnd(5)]}` : '';
    const uid = `series-${s}@bench`;
    const ex = [3, 9, 17].map((w) => stamp(new Date(first.getTime() + w * 7 * 86400000), h, 0));
    lines.push('BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `SUMMARY:Weekly ${s}`,
      `DTSTART;TZID=Europe/Berlin:${stamp(first, h, 0)}`, `DTEND;TZID=Europe/Berlin:${stamp(first, h, 30)}`,
      `RRULE:FREQ=WEEKLY${byday}${s % 4 === 0 ? ';COUNT=40' : ';UNTIL=20261231T230000Z'}`,
      `EXDATE;TZID=Europe/Berlin:${ex.join(',')}`, 'END:VEVENT');
    for (const w of [5, 11, 23]) {
      const orig = new Date(first.getTime() + w * 7 * 86400000);
      lines.push('BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `SUMMARY:Weekly ${s} (moved)`,
        `RECURRENCE-ID;TZID=Europe/Berlin:${stamp(orig, h, 0)}`,
        `DTSTART;TZID=Europe/Berlin:${stamp(orig, h + 1, 0)}`, `DTEND;TZID=Europe/Berlin:${stamp(orig, h + 1, 45)}`,
        ...(w === 23 ? ['STATUS:CANCELLED'] : []), 'END:VEVENT');
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

function berlin() {
  return ['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
    'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
    'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
    'END:VTIMEZONE'];
}
