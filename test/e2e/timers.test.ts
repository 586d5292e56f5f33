// The walk-through, run against the built binary with a pinned clock.
import { describe, expect, it } from 'vitest';
import { ok, tt, ttEnv, ttJson } from '../helpers/cli.ts';

interface EntryJson {
  id: string;
  shortId: string;
  client: string;
  project: string | null;
  tags: string[];
  note: string | null;
  start: string;
  end: string | null;
  hours: number;
  running: boolean;
}
interface LogJson {
  from: string;
  to: string;
  entries: EntryJson[];
  totalHours: number;
}

const at = (iso: string): Record<string, string> => ({ TT_NOW: iso });

function world() {
  const e = ttEnv({ now: '2026-11-27T09:00:00Z' });
  ok(e, ['client', 'add', 'acme', '--rate', '90', '--currency', 'USD', '--round', '6m']);
  ok(e, ['client', 'add', 'globex', '--rate', '120', '--currency', 'EUR']);
  return e;
}

describe('timers', () => {
  it('starts, shows progress against the estimate, switches and stops', () => {
    const e = world();
    const started = ok(e, ['start', 'acme/web', '+bugfix', '--estimate', '30m'], 0, at('2026-11-27T09:00:00Z'));
    expect(started.stdout).toBe('Started acme/web +bugfix at 10:00, estimate 0:30.\n');

    const status = ok(e, ['status'], 0, at('2026-11-27T09:12:00Z'));
    expect(status.stdout).toContain('acme/web +bugfix  0:12 of 0:30 estimate');
    expect(status.stderr).toBe('');

    // Past the estimate: one warning line on stderr.
    const late = ok(e, ['status'], 0, at('2026-11-27T09:52:00Z'));
    expect(late.stderr).toBe('tt: warning: acme/web has run 0:52 against a 0:30 estimate\n');

    const sw = ok(e, ['start', 'globex'], 0, at('2026-11-27T10:00:00Z'));
    expect(sw.stdout).toContain('Stopped acme/web +bugfix after 1:00 (switch).');

    const stop = ok(e, ['stop', '--at', '5 minutes ago'], 0, at('2026-11-27T10:45:00Z'));
    expect(stop.stdout).toBe('Stopped globex after 0:40 (11:00–11:40).\n');

    const log = ttJson<LogJson>(e, ['log', '--today'], at('2026-11-27T11:00:00Z'));
    expect(log.entries.map((x) => [x.client, x.project, x.tags, x.start, x.end])).toEqual([
      ['acme', 'web', ['bugfix'], '2026-11-27T09:00:00Z', '2026-11-27T10:00:00Z'],
      ['globex', null, [], '2026-11-27T10:00:00Z', '2026-11-27T10:40:00Z'],
    ]);
    expect(log.totalHours).toBe(1.6667);
    const st = ttJson<{ running: boolean }>(e, ['status']);
    expect(st.running).toBe(false);
  });

  it('refuses unreadable, reversed and future times with exit 2 and writes nothing', () => {
    const e = world();
    ok(e, ['start', 'acme'], 0, at('2026-11-27T09:00:00Z'));
    const before = ttJson<{ entry: EntryJson }>(e, ['status'], at('2026-11-27T09:30:00Z'));
    const bad = [
      ['stop', '--at', 'blue o clock'],
      ['stop', '--at', 'in 2 hours'],
      ['stop', '--at', '2026-11-27T08:00:00Z'],
      ['add', 'acme', '--from', '16:00', '--to', '15:00'],
      ['start', 'acmee'],
      ['start', 'acme', 'bugfix'],
      ['stop', '--bogus'],
    ];
    for (const args of bad) {
      const r = tt(e, args, at('2026-11-27T09:30:00Z'));
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^tt: .*\n {2}\S/); // one style, commander's errors too: a line, then a hint
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(tt(e, ['start', 'acmee']).stderr).toContain('Did you mean "acme"?');
    const after = ttJson<{ entry: EntryJson }>(e, ['status'], at('2026-11-27T09:30:00Z'));
    expect(after).toEqual(before);
    expect(ttJson<LogJson>(e, ['log', '--today'], at('2026-11-27T09:30:00Z')).entries).toHaveLength(1);
  });

  it('adds, warns on overlaps, edits, deletes, undoes, continues and cancels', () => {
    const e = world();
    const now = at('2026-11-27T12:00:00Z');
    ok(e, ['add', 'acme', '--from', 'yesterday 14:00', '--to', 'yesterday 16:30', '--note', 'call with Bob'], 0, now);
    const overlap = ok(e, ['add', 'globex', '--from', '2026-11-26T15:00:00+01:00', '--to', '2026-11-26T17:00:00+01:00'], 0, now);
    expect(overlap.stderr).toMatch(/warning: overlaps acme 2026-11-26 14:00–16:30/);

    let log = ttJson<LogJson>(e, ['log', '--since', 'yesterday'], now);
    expect(log.entries.map((x) => x.client)).toEqual(['acme', 'globex']);
    const globex = log.entries[1]!;

    const edited = ok(e, ['edit', '@1', '--to', '17:30'], 0, now);
    expect(edited.stdout).toContain('Edited globex 2026-11-26 15:00–17:30');
    ok(e, ['delete', log.entries[0]!.shortId], 0, now);
    log = ttJson<LogJson>(e, ['log', '--since', 'yesterday'], now);
    expect(log.entries.map((x) => x.client)).toEqual(['globex']);
    expect(log.entries[0]!.end).toBe('2026-11-26T16:30:00Z');

    expect(ok(e, ['undo'], 0, now).stdout).toContain('Undid: delete of acme');
    expect(ok(e, ['undo'], 0, now).stdout).toContain('Undid: edit of globex');
    log = ttJson<LogJson>(e, ['log', '--since', 'yesterday'], now);
    expect(log.entries.map((x) => [x.client, x.end])).toEqual([
      ['acme', '2026-11-26T15:30:00Z'],
      ['globex', globex.end],
    ]);

    ok(e, ['continue'], 0, now);
    expect(ttJson<{ entry: EntryJson }>(e, ['status'], now).entry.client).toBe('globex');
    expect(ok(e, ['cancel'], 0, now).stdout).toContain('Cancelled globex');
    expect(ttJson<{ running: boolean }>(e, ['status'], now).running).toBe(false);
    expect(tt(e, ['cancel'], now).code).toBe(2);
  });

  it('points out a timer left running past midnight, with the command to fix it', () => {
    const e = world();
    ok(e, ['start', 'acme', '--at', 'yesterday 09:00'], 0, at('2026-11-27T09:00:00Z'));
    const s = ok(e, ['status'], 0, at('2026-11-27T09:00:00Z'));
    expect(s.stderr).toContain('acme has been running since 2026-11-26 09:00 (25:00, past midnight)');
    expect(s.stderr).toContain('tt stop --at "2026-11-26 18:00"');
    expect(ok(e, ['log'], 0, at('2026-11-27T09:00:00Z')).stderr).toContain('past midnight');
  });
});
