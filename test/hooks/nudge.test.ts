// The status nudge and presence, as pure rules with hand-computed expectations; and `tt status`
// showing them from journal lines, with a pinned clock.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nudges, presence, type Slim } from '../../src/hooks/nudge.ts';
import { ok, ttEnv } from '../helpers/cli.ts';

const T = Date.parse('2026-11-27T09:00:00Z');
const min = (m: number): number => T + m * 60_000;
const RULES = { gapMs: 120 * 60_000, leadInMs: 30 * 60_000, idleMs: 15 * 60_000 };
const map = new Map([['/w/acme-web', 'acme'], ['/w/globex', 'globex']]);

describe('nudges', () => {
  const recs: Slim[] = [
    { at: min(0), kind: 'commit', repo: '/w/acme-web' }, // ends a session: 3 h before the next
    { at: min(180), kind: 'commit', repo: '/w/acme-web' },
    { at: min(190), kind: 'commit', repo: '/w/acme-web' },
    { at: min(185), kind: 'commit', repo: '/w/unknown' }, // no client: no nudge
  ];
  it('counts the current session from its first record minus the lead-in', () => {
    expect(nudges(recs, map, null, min(200), RULES)).toEqual([{ repo: '/w/acme-web', client: 'acme', since: min(150), ms: 40 * 60_000, last: min(190), timerClient: null }]);
  });
  it('says nothing when the timer runs for that client, or the session ended', () => {
    expect(nudges(recs, map, 'acme', min(200), RULES)).toEqual([]);
    expect(nudges(recs, map, null, min(190 + 121), RULES)).toEqual([]);
  });
  it('names the other client whose timer runs', () => {
    expect(nudges(recs, map, 'globex', min(200), RULES)[0]?.timerClient).toBe('globex');
  });
});

describe('presence', () => {
  it('is open from enter until leave, and ends after idle without a heartbeat', () => {
    const recs: Slim[] = [
      { at: min(0), kind: 'enter', repo: '/w/acme-web', shell: '1' },
      { at: min(10), kind: 'heartbeat', repo: '/w/acme-web', shell: '1' },
      { at: min(5), kind: 'enter', repo: '/w/globex', shell: '2' },
      { at: min(6), kind: 'leave', repo: '/w/globex', shell: '2' },
    ];
    expect(presence(recs, map, min(20), RULES.idleMs)).toEqual([{ repo: '/w/acme-web', client: 'acme', since: min(0) }]);
    expect(presence(recs, map, min(26), RULES.idleMs)).toEqual([]);
  });
});

describe('tt status', () => {
  it('nudges first, then shows presence, from the journal and the repo map (presence counted from the enter, no lead-in)', () => {
    const e = ttEnv({ now: '2026-11-27T12:20:00Z', tz: 'UTC' });
    mkdirSync(join(e.home, 'state'), { recursive: true });
    writeFileSync(join(e.home, 'state', 'repos'), 'acme\t/w/acme-web\n');
    const at = (hhmm: string): number => Date.parse(`2026-11-27T${hhmm}:00Z`) / 1000;
    writeFileSync(
      join(e.home, 'journal.ndjson'),
      [`s1\t42\t${at('11:30')}\tenter\t/w/acme-web`, `s1\t42\t${at('11:40')}\theartbeat\t/w/acme-web`, `s1\t42\t${at('12:10')}\theartbeat\t/w/acme-web`, ''].join('\n'),
    );
    const out = ok(e, ['status']).stdout;
    expect(out).toBe('acme-web: 0:40 of activity, no timer: tt start acme\nin acme-web since 11:30 (acme)\nNo timer is running.\n');
    const json = JSON.parse(ok(e, ['status', '--json']).stdout);
    expect(json.capture.nudges).toEqual([{ repo: '/w/acme-web', client: 'acme', since: '2026-11-27T11:30:00Z', hours: 0.6667, timerClient: null, hint: 'tt start acme' }]);
  });
});
