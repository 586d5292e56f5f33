// Issue 12 item 12, poison instants: a time outside 1970..now typed or imported is refused naming
// where it came from (exit 2), an entry longer than a day typed by hand needs --long, and entries
// stored outside the bounds by an older tt never make a command fail: they are set aside with a
// warning, listed by `tt doctor`, and can still be edited or deleted.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import type { TestCtx } from '../helpers/ctx.ts';
import { file, run, world } from './run.ts';

async function entries(ctx: TestCtx): Promise<{ id: string; start: string; end: string | null }[]> {
  const r = await run(ctx, ['log', '--since', '1970-01-01', '--json']);
  return (JSON.parse(r.out) as { entries: { id: string; start: string; end: string | null }[] }).entries;
}

describe('times typed on the command line', () => {
  it('refuses instants before 1970, naming the flag, and writes nothing', async () => {
    const ctx = await world();
    for (const [flag, text] of [
      ['--from', '99999999999 minutes ago'],
      ['--from', '0206-12-05T09:00'], // a typo for 2026: a 15.9-million-hour entry
    ]) {
      const r = await run(ctx, ['add', 'acme', flag!, text!, '--to', '2026-11-27T09:00']);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`tt: ${flag}: "${text}" means`);
      expect(r.err).toContain('before 1970-01-01');
      expect(r.err).not.toMatch(/internal error|at .*\.ts:/);
    }
    expect(await entries(ctx)).toEqual([]);
    const since = await run(ctx, ['report', '--since', '0206-01-01']);
    expect(since.code).toBe(2);
    expect(since.err).toContain('--since: "0206-01-01" is outside the days tt reads (1970-01-01 to 9999-12-31)');
  });

  it('refuses an edit to year 1, and the store stays exportable', async () => {
    const ctx = await world();
    expect((await run(ctx, ['add', 'acme', '--from', '09:00', '--to', '10:00'])).code).toBe(0);
    const r = await run(ctx, ['edit', '@1', '--from', '0001-01-01T00:00:00Z']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--from: "0001-01-01T00:00:00Z" means 0001-01-01T00:00Z, before 1970-01-01');
    const csv = await run(ctx, ['export', '--format', 'csv', '--since', '2026-11-01']);
    expect(csv.code).toBe(0);
    expect(csv.out.trim().split('\n')).toHaveLength(2);
  });

  it('needs --long for an entry longer than 24 hours typed by hand (add and edit)', async () => {
    const ctx = await world();
    const add = await run(ctx, ['add', 'acme', '--from', '2026-11-24T09:00', '--to', '2026-11-25T10:30']);
    expect(add.code).toBe(2);
    expect(add.err).toContain('would last 25:30, longer than 24 hours');
    expect(add.err).toContain('add --long');
    expect(await entries(ctx)).toEqual([]);
    expect((await run(ctx, ['add', 'acme', '--from', '2026-11-24T09:00', '--to', '2026-11-25T10:30', '--long'])).code).toBe(0);

    expect((await run(ctx, ['add', 'acme', '--from', '2026-11-26T09:00', '--to', '2026-11-26T10:00'])).code).toBe(0);
    const edit = await run(ctx, ['edit', '@1', '--from', '2026-11-25T08:00']);
    expect(edit.code).toBe(2);
    expect(edit.err).toContain('would last 26:00, longer than 24 hours');
    expect((await run(ctx, ['edit', '@1', '--from', '2026-11-25T08:00', '--long'])).code).toBe(0);
    // A note on an entry that is long already needs no --long.
    expect((await run(ctx, ['edit', '@2', '--note', 'offsite'])).code).toBe(0);
  });

  it('explains a stop after more than 24 hours, and stops with --at or --long', async () => {
    const ctx = await world('2026-11-27T10:00:00Z');
    expect((await run(ctx, ['start', 'acme', '--at', '2026-11-25T09:00'])).code).toBe(0);
    const stop = await run(ctx, ['stop']);
    expect(stop.code).toBe(2);
    expect(stop.err).toContain('acme, running since 2026-11-25 09:00, would last 50:00, longer than 24 hours');
    expect(stop.err).toContain('tt stop --at "2026-11-25 18:00"');
    expect(stop.err).toContain('tt stop --long');
    // A switch would stop it the same way.
    expect((await run(ctx, ['start', 'acme'])).code).toBe(2);
    expect((await run(ctx, ['stop', '--at', '2026-11-25T18:00'])).code).toBe(0);

    expect((await run(ctx, ['start', 'acme', '--at', '2026-11-26T09:00'])).code).toBe(0);
    expect((await run(ctx, ['stop', '--long'])).code).toBe(0);
    expect((await entries(ctx)).map((e) => [e.start, e.end])).toEqual([
      ['2026-11-25T08:00:00Z', '2026-11-25T17:00:00Z'],
      ['2026-11-26T08:00:00Z', '2026-11-27T10:00:00Z'],
    ]);
  });
});

describe('times in imports', () => {
  const interval = (start: string, end: string, tag = 'acme'): object => ({ id: 1, start, end, tags: [tag] });

  it('refuses a file dated 9999-12-31, naming the record, and imports nothing', async () => {
    const ctx = await world();
    const path = file('timew.json', JSON.stringify([interval('20261102T080000Z', '20261102T090000Z'), interval('99991231T080000Z', '99991231T090000Z')]));
    const r = await run(ctx, ['import', 'timewarrior', path]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('1 record lies outside the times tt accepts (1970-01-01 to now): interval 2 starts 9999-12-31T08:00Z, in the future. Nothing was imported.');
    expect(await entries(ctx)).toEqual([]);
  });

  it('keeps an entry longer than 24 hours and lists it as a warning', async () => {
    const ctx = await world();
    const path = file('timew.json', JSON.stringify([interval('20261102T080000Z', '20261103T140000Z'), interval('20261104T080000Z', '20261104T090000Z')]));
    const r = await run(ctx, ['import', 'timewarrior', path, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as { added: number; longEntries: { where: string; hours: number }[] };
    expect(s.added).toBe(2);
    expect(s.longEntries).toEqual([{ where: 'interval 1', hours: 30 }]);
    expect(r.err).toContain('tt: warning: 1 imported entry lasts longer than 24 hours, kept as they are: interval 1 (30:00)');
  });
});

describe('entries stored outside the bounds by an older tt', () => {
  /** Writes entries into the journal the way tt 0.1 did, without any bound. */
  function storeAsOldTt(ctx: TestCtx, spans: [string, string | null][]): string[] {
    const ids: string[] = [];
    const lines = spans.map(([start, end]) => {
      const id = ulid();
      ids.push(id);
      return JSON.stringify({ id, v: 1, device: 'old', at: '2026-11-26T10:00:00.000Z', tz: 'Europe/Berlin', source: 'cli', action: id, kind: 'entry', entry: id, start, end, client: 'acme', tags: [] });
    });
    appendFileSync(join(ctx.env.TT_HOME!, 'journal.ndjson'), `${lines.join('\n')}\n`);
    return ids;
  }

  it('never crash a command: they are left out with a warning, listed by doctor, and fixable', async () => {
    const ctx = await world();
    expect((await run(ctx, ['add', 'acme', '--from', '2026-11-26T09:00', '--to', '2026-11-26T10:00'])).code).toBe(0);
    const [ancient, typo, year1, future] = storeAsOldTt(ctx, [
      ['-188106-06-23T01:21:00.000Z', '2026-11-26T10:00:00.000Z'],
      ['0206-12-05T08:00:00.000Z', '2026-11-26T12:00:00.000Z'],
      ['0001-01-01T00:00:00.000Z', '2026-11-20T10:00:00.000Z'],
      ['2026-11-26T13:00:00.000Z', '9999-12-31T00:00:00.000Z'],
    ]);

    // A command reads the entries that may touch its range: the one that ended on 11-20 is not in this
    // week's, so reconcile of the week warns of three.
    for (const [args, n] of [
      [['export', '--format', 'csv', '--since', '2026-11-01'], 4],
      [['export', '--format', 'ics', '--since', '2026-11-01'], 4],
      [['report', '--month'], 4],
      [['log', '--month'], 4],
      [['reconcile', '--week'], 3],
      [['invoice', 'create', '--client', 'acme', '--period', '2026-11-01..2026-11-30'], 4],
    ] as const) {
      const r = await run(ctx, [...args]);
      expect({ args, code: r.code, err: r.err }).toMatchObject({ code: 0, err: expect.stringContaining(`tt: warning: ${n} entries have times outside 1970-01-01 to now`) });
      expect(r.err).not.toContain('internal error');
    }
    const invoice = await run(ctx, ['invoice', 'show', '--json']);
    expect(JSON.parse(invoice.out)).toMatchObject({ totals: [{ hours: 1 }] });

    const doctor = await run(ctx, ['doctor', '--json']);
    expect(doctor.code).toBe(3);
    const findings = (JSON.parse(doctor.out) as { findings: { problem: string }[] }).findings.map((f) => f.problem);
    for (const id of [ancient, typo, year1]) expect(findings).toContainEqual(expect.stringMatching(new RegExp(`^entry ${id} .* starts before 1970-01-01: correct it with \`tt edit ${id}`)));
    expect(findings).toContainEqual(expect.stringMatching(new RegExp(`^entry ${future} .*9999-12-31T00:00Z\\) ends in the future`)));

    // The commands that fix entries see them.
    expect((await run(ctx, ['edit', typo!, '--from', '2026-11-26T11:00'])).code).toBe(0);
    for (const id of [ancient, year1, future]) expect((await run(ctx, ['delete', id!])).code).toBe(0);
    const clean = await run(ctx, ['log', '--month']);
    expect(clean.err).toBe('');
    expect(JSON.parse((await run(ctx, ['doctor', '--json'])).out)).toMatchObject({ ok: true });
  });
});
