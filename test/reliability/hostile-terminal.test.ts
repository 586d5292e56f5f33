// Hostile input is data, on the way out to a terminal: escape sequences (a window title, a clipboard
// write, a cleared screen), C1 controls, a carriage return and bidi overrides in notes, projects,
// meeting titles, commit subjects, branch and folder names are shown as visible text by every text
// output, error messages included, while --json carries them exactly.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { render } from 'ink-testing-library';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { Store } from '../../src/store/store.ts';
import { OWN, own, safeText } from '../../src/platform/safe-output.ts';
import { buildDrafts } from '../../src/review/drafts.ts';
import { ReviewScreen } from '../../src/ui/review/Screen.tsx';
import { commitAt, makeRepo } from '../helpers/git.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';
import { tempDir } from '../helpers/tmp.ts';

const NOTE = 'note\x1b]0;owned\x07\x1b[2J\u009b31m\u202eevil\rFAKE\u2028\nend\x7f';
const PROJECT = 'web\x1b[31m';
const RUNNING = 'run\x1b[5m';
const SUBJECT = 'fix \x1b]52;c;ZWNobyBwd25lZA==\x07 done';
const TITLE = 'Acme \x1b[8mhidden\x1b]0;t\x07 \u202ex\nsecond line';
const FOLDER = 'acme-\x1b[2Japp';
const BRANCH = 'main\x1b[5m';

/** Anything a terminal would act on: C0 but tab and newline (CR only before LF), DEL, C1, line and paragraph separators, bidi controls. */
const ACTIVE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

let ctx: TestCtx;
let repo: string;

async function tt(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  ctx.stdout.length = 0;
  ctx.stderr.length = 0;
  const code = await main(args, ctx);
  return { code, out: ctx.stdout.join(''), err: ctx.stderr.join('') };
}

async function ok(...args: string[]): Promise<string> {
  const r = await tt(...args);
  if (r.code !== 0) throw new Error(`tt ${args.join(' ')} exited ${r.code}: ${r.err}`);
  return r.out;
}

/** Text output holds nothing a terminal acts on, and shows the escape it was given. */
function inert(text: string, shows: string): void {
  expect(ACTIVE.exec(text)?.[0]).toBeUndefined();
  expect(text).toContain(shows);
}

/** The value stays on its line: a newline inside it is shown, not obeyed. */
const lineWith = (text: string, part: string): string => text.split('\n').find((l) => l.includes(part)) ?? '';

/** Every string value in a JSON document. */
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

beforeAll(async () => {
  ctx = testCtx({ now: '2026-11-27T18:00:00Z' });
  const work = tempDir('tt-hostile-');
  repo = makeRepo(FOLDER, work);
  const sha = commitAt(repo, SUBJECT, '2026-11-23T14:02:00+01:00');
  commitAt(repo, 'second', '2026-11-23T14:40:00+01:00');
  await ok('config', 'set', 'tz', 'UTC');
  await ok('config', 'set', 'me.emails', 'me@example.com');
  await ok('client', 'add', 'acme', '--rate', '90', '--repo', join(work, 'acme-*'), '--meeting', 'acme');
  const ics = join(tempDir(), 'work.ics');
  const event = ['BEGIN:VEVENT', 'UID:a1', 'DTSTAMP:20261101T000000Z', 'DTSTART:20261124T140000Z', 'DTEND:20261124T150000Z', `SUMMARY:${TITLE.replace('\n', '\\n')}`, 'END:VEVENT'];
  writeFileSync(ics, ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tt tests//EN', ...event, 'END:VCALENDAR', ''].join('\r\n'));
  await ok('calendar', 'import', ics, '--name', 'work');
  await ok('add', 'acme/web', '--from', '2026-11-25T09:00:00Z', '--to', '2026-11-25T10:00:00Z', '--note', NOTE);
  // tt refuses to type a project with control characters; one can still arrive stored by an older tt,
  // an import or another device, as this edit event stands for.
  const added = (JSON.parse(await ok('log', '--week', '--json')) as { entries: { id: string }[] }).entries[0]!.id;
  const store = new Store(ctx);
  store.transaction((tx) => tx.append([{ ...store.stamp(store.newId()), id: store.newId(), kind: 'edit', entry: added, set: { project: PROJECT } }]));
  await ok('start', 'acme', '--note', RUNNING);
  // What the post-commit hook and the shell prompt append (src/store/hook-record.ts): the branch is
  // read from .git/HEAD, so a hostile one arrives as it is.
  const epoch = Date.parse('2026-11-23T13:02:00Z') / 1000;
  mkdirSync(join(ctx.env.TT_HOME!), { recursive: true });
  appendFileSync(
    join(ctx.env.TT_HOME!, 'journal.ndjson'),
    [`h1\t4242\t100.5\tpost-commit\t${repo}\tref: refs/heads/${BRANCH}\t${sha}\t@${epoch} +0000`, `s1\t4243\t${epoch}\tenter\t${repo}`].map((l) => `\n${l}\n`).join(''),
  );
});

describe('text output shows control characters; JSON keeps them exactly', () => {
  it('tt log and tt status', async () => {
    const log0 = await ok('log', '--week');
    inert(log0, '\\u001b]0;owned');
    expect(lineWith(log0, 'owned')).toContain('\\nend\\u007f');
    const log = JSON.parse(await ok('log', '--week', '--json')) as { entries: { note: string | null; project: string | null }[] };
    expect(log.entries.map((e) => [e.project, e.note])).toEqual([
      [PROJECT, NOTE],
      [null, RUNNING],
    ]);
    inert(await ok('status'), '\\u001b[5m');
    expect((JSON.parse(await ok('status', '--json')) as { entry: { note: string } }).entry.note).toBe(RUNNING);
  });

  it('tt calendar events', async () => {
    const text = await ok('calendar', 'events', '--week');
    inert(text, '\\u001b[8mhidden');
    expect(lineWith(text, 'hidden')).toContain('\\nsecond line');
    const json = JSON.parse(await ok('calendar', 'events', '--week', '--json')) as { title: string }[];
    expect(json.map((m) => m.title)).toEqual([TITLE]);
  });

  it('tt activity', async () => {
    inert(await ok('activity', '--week'), '\\u001b]52;c;');
    const json = JSON.parse(await ok('activity', '--week', '--json')) as { records: { kind: string; repo: string; branch: string | null; subject: string | null }[] };
    expect(json.records.map((r) => [r.kind, r.repo, r.branch, r.subject])).toEqual([
      ['enter', repo, null, null],
      ['commit', repo, BRANCH, SUBJECT],
    ]);
  });

  it('tt reconcile and tt review', async () => {
    const text = await ok('reconcile', '--week');
    inert(text, '\\u001b]52;c;');
    expect(lineWith(text, 'hidden')).toContain('\\nsecond line');
    const rec = JSON.parse(await ok('reconcile', '--week', '--json')) as { gaps: { sources: { kind: string; title?: string; commits?: { subject: string }[] }[] }[] };
    const sources = rec.gaps.flatMap((g) => g.sources);
    expect(sources.flatMap((s) => s.commits ?? []).map((c) => c.subject)).toContain(SUBJECT);
    expect(sources.map((s) => s.title).filter(Boolean)).toEqual([TITLE]);
    const review = await ok('review', '--print', '--week');
    inert(review, '\\u001b[2Japp');
    expect(review).not.toMatch(/^second line/m);
    expect(strings(JSON.parse(await ok('review', '--json', '--week')))).toEqual(expect.arrayContaining([SUBJECT, TITLE, FOLDER]));
  });

  it('tt audit', async () => {
    await ok('invoice', 'create', '--client', 'acme', '--period', '2026-11-23..2026-11-29');
    const r = await tt('audit');
    expect(r.code).toBe(1); // evidence the invoice left out: flagged
    inert(r.out + r.err, 'acme');
  });

  it("with colour on, tt's own colours reach the terminal and the note's escapes do not", async () => {
    const colour = Object.assign(Object.create(ctx) as TestCtx, { color: true, isTTY: true });
    const saved = ctx;
    ctx = colour;
    try {
      const text = await ok('log', '--week');
      expect(text).toContain('\x1b[2m'); // tt's dim around the note
      expect(text).toContain('\\u001b]0;owned');
      // Only SGR colour codes are left: every other escape, and every other control character, is shown.
      expect(text.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(ACTIVE);
    } finally {
      ctx = saved;
    }
  });

  it('error messages that quote what was typed', async () => {
    const r = await tt('start', 'acm\x1b[2J');
    expect(r.code).toBe(2);
    inert(r.err, 'unknown client "acm\\u001b[2J"');
  });
});

describe('the review screen', () => {
    it('shows folder names, subjects and titles with their control characters visible', async () => {
    const at = (day: number, hm: string): number => Date.parse(`2026-11-${day}T${hm}:00Z`);
    const set = buildDrafts({
      from: '2026-11-23',
      to: '2026-11-29',
      tz: 'UTC',
      gaps: [
        { client: 'acme', start: at(23, '13:30'), end: at(23, '15:00'), sources: [{ kind: 'commit', start: at(23, '14:00'), end: at(23, '15:00'), label: FOLDER, count: 1, subjects: [SUBJECT] }] },
        { client: 'acme', start: at(23, '15:00'), end: at(23, '16:00'), sources: [{ kind: 'meeting', start: at(23, '15:00'), end: at(23, '16:00'), label: TITLE, count: 1, subjects: [] }] },
      ],
      conflicts: [],
    });
    const app = render(
      createElement(ReviewScreen, {
        from: '2026-11-23',
        to: '2026-11-29',
        tz: 'UTC',
        set,
        clients: ['acme'],
        parseTime: () => Promise.resolve(0),
        resolveTarget: () => ({ client: 'acme' }),
        save: () => '',
      }),
    );
    let frame = '';
    for (let i = 0; i < 500 && !frame.includes('Evidence:'); i++) {
      await new Promise((r) => setTimeout(r, 10));
      frame = app.lastFrame() ?? '';
    }
    app.unmount();
    expect(frame).toContain('\\u001b[2Japp');
    expect(frame).toContain('fix \\u001b]52;c;');
    // ink's own colour codes aside, nothing in the frame is a control a terminal would act on.
    expect(frame.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(ACTIVE);
  });
});

describe('the safe writer', () => {
  it("lets through only the control sequences tt marked as its own, and JSON stays the same JSON", () => {
    // A note cannot forge the mark: its random part is made when the process starts.
    const forged = '\uE000abc\uE001\x1b[5m';
    expect(safeText(`${own('\x1b[1m')}bold${own('\x1b[22m')} a\x1b[2J ${forged}`)).toBe(`\x1b[1mbold\x1b[22m a\\u001b[2J \uE000abc\uE001\\u001b[5m`);
    expect(OWN).toMatch(/^\uE000[0-9a-z]{6,}\uE001$/);
    const doc = { note: NOTE, title: TITLE, bidi: '\u202e\u2066', c1: '\u0085\u009b' };
    const printed = safeText(JSON.stringify(doc, null, 2));
    expect(printed).not.toMatch(ACTIVE);
    expect(JSON.parse(printed)).toEqual(doc);
  });
});
