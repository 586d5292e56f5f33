// Entry events of one import action (long notes shortened to fit a journal record), the summary
// document and its text, and the ics text, all in-process with hand-made data.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsText } from '../../src/export/ics.ts';
import { entryEvents, type Stamp } from '../../src/import/events.ts';
import type { ImportPlan } from '../../src/import/plan.ts';
import { importSummary, summaryText } from '../../src/import/summary.ts';
import type { PlannedEntry } from '../../src/import/types.ts';
import { MAX_RECORD_BYTES } from '../../src/store/journal.ts';

const H = 3600_000;
const T0 = Date.UTC(2026, 10, 2, 8);
const stamp: Stamp = { v: 1, device: 'dev1', at: '2026-11-27T10:00:00.000Z', tz: 'Europe/Berlin', source: 'import', action: 'ACTION1' };

function planned(origin: string, client: string, hours: number, over: Partial<PlannedEntry> = {}): PlannedEntry {
  return { origin, where: origin, start: T0, end: T0 + hours * H, client, tags: [], ...over };
}

let n = 0;
const ids = (): string => `ID${String(++n).padStart(4, '0')}`;

describe('entryEvents', () => {
  it('writes one entry event per record under one action, with its origin', () => {
    const { events, shortened } = entryEvents([planned('w:1', 'acme', 1, { project: 'web', tags: ['x'], note: 'hi' })], stamp, ids);
    expect(shortened).toBe(0);
    expect(events[0]).toMatchObject({ kind: 'entry', action: 'ACTION1', source: 'import', start: '2026-11-02T08:00:00.000Z', end: '2026-11-02T09:00:00.000Z', client: 'acme', project: 'web', tags: ['x'], note: 'hi', origin: 'w:1' });
    expect(events[0]!.entry).toBe(events[0]!.id);
  });

  it('shortens a note that would make the record too large, keeping the time', () => {
    const note = 'ü"'.repeat(3000);
    const { events, shortened } = entryEvents([planned('w:1', 'acme', 1, { note })], stamp, ids);
    expect(shortened).toBe(1);
    expect(Buffer.byteLength(JSON.stringify(events[0]))).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    expect(events[0]!.note!.endsWith('…')).toBe(true);
    expect(note.startsWith(events[0]!.note!.slice(0, -1))).toBe(true);
    expect(events[0]!.end).toBe('2026-11-02T09:00:00.000Z');
  });
});

describe('summary', () => {
  const plan: ImportPlan = {
    entries: [planned('a', 'globex', 1 / 3), planned('b', 'acme', 2.5), planned('c', 'acme', 1 / 3)],
    skipped: [
      { origin: 'd', where: 'frame 4', reason: 'already-imported' },
      { origin: 'e', where: 'frame 5', reason: 'unmapped', names: ['initech'] },
    ],
    unmapped: [{ name: 'initech', records: 1 }],
    unusedMaps: [],
  };

  it('counts hours per client to 4 decimals, and skips per reason', () => {
    const s = importSummary({ format: 'watson', file: 'frames', dryRun: true, action: null, plan, events: [], overlaps: 1, shortened: 0 });
    expect(s.clients).toEqual([
      { client: 'acme', entries: 2, hours: 2.8333 },
      { client: 'globex', entries: 1, hours: 0.3333 },
    ]);
    expect(s.addedHours).toBe(3.1667);
    expect(s.skippedByReason).toEqual({ 'already-imported': 1, unmapped: 1 });
    expect(s.entries[0]).toEqual({ id: null, origin: 'a', client: 'globex', project: null, tags: [], note: null, start: '2026-11-02T08:00:00Z', end: '2026-11-02T08:20:00Z', hours: 0.3333 });
    expect(s.skippedRecords[1]).toEqual({ origin: 'e', where: 'frame 5', reason: 'unmapped', names: ['initech'] });
  });

  it('prints minutes from the entries, not from rounded hours', () => {
    const s = importSummary({ format: 'watson', file: 'frames', dryRun: true, action: null, plan, events: [], overlaps: 0, shortened: 0 });
    expect(summaryText(s, plan)).toBe(
      [
        'Would import 3 entries (3:10) from frames (watson).',
        '  acme        2 entries     2:50',
        '  globex      1 entry       0:20',
        'Skipped 2:',
        '      1  already imported',
        '      1  no client (--skip-unmapped)',
        '',
      ].join('\n'),
    );
  });
});

describe('icsText', () => {
  it('escapes text, folds long lines, and reads back the same values', async () => {
    const note = `Kunde: Müller, Überprüfung; ${'lang '.repeat(30)}\nzweite Zeile`;
    const text = await icsText(
      [{ id: 'E1', start: T0, end: T0 + 1.5 * H, tz: 'UTC', source: 'cli', lastAction: 'A', client: 'acme', project: 'web', tags: ['a', 'b'], note }],
      Date.UTC(2026, 10, 27, 10),
    );
    expect(text).toContain('SUMMARY:acme/web +a +b\r\n');
    expect(text).toContain('DESCRIPTION:Kunde: Müller\\, Überprüfung\\; lang');
    // RFC 5545: lines of at most 75 octets (ü takes two).
    expect(Math.max(...text.split('\r\n').map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    const ev = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(ev.getFirstPropertyValue('description')).toBe(note);
    expect((ev.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().getTime()).toBe(T0 + 1.5 * H);
  });
});
