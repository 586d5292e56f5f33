// Hand-made review input: a Berlin week (UTC+1 in November) with untracked acme and globex time.
import type { EvidenceNote, GapInput, ReviewInput } from '../../src/review/types.ts';

export const TZ = 'Europe/Berlin';
/** An instant from Berlin wall time in November 2026 (UTC+1). */
export const at = (day: number, hm: string): number => Date.parse(`2026-11-${String(day).padStart(2, '0')}T${hm}:00+01:00`);

export const commits = (repo: string, day: number, from: string, to: string, subjects: string[]): EvidenceNote => ({
  kind: 'commit',
  start: at(day, from),
  end: at(day, to),
  label: repo,
  count: subjects.length,
  subjects,
});

export const meeting = (title: string, day: number, from: string, to: string): EvidenceNote => ({ kind: 'meeting', start: at(day, from), end: at(day, to), label: title, count: 1, subjects: [] });

export const gap = (client: string, day: number, from: string, to: string, sources: EvidenceNote[]): GapInput => ({ client, start: at(day, from), end: at(day, to), sources });

export function weekInput(): ReviewInput {
  return {
    from: '2026-11-23',
    to: '2026-11-29',
    tz: TZ,
    gaps: [
      // Monday: an acme commit session, then globex's meeting that ran into it.
      gap('acme', 23, '13:30', '15:00', [commits('acme-web', 23, '14:00', '15:00', ['fix auth redirect', 'add tests'])]),
      gap('globex', 23, '15:00', '16:00', [meeting('Globex weekly', 23, '15:00', '16:00')]),
      // Tuesday: one globex session.
      gap('globex', 24, '09:30', '11:00', [commits('globex-api', 24, '10:00', '11:00', ['api: paging'])]),
    ],
    conflicts: [
      // acme's session ran on 14:30-15:30 under the meeting: 15:00-15:30 went to globex by attribution.
      { start: at(23, '15:00'), end: at(23, '15:30'), clients: ['acme', 'globex'], kinds: ['commit', 'meeting'] },
      // Thursday: a timer left running through another client's meeting (tracked wins).
      { start: at(26, '10:00'), end: at(26, '11:00'), clients: ['acme', 'globex'], kinds: ['meeting', 'tracked'] },
    ],
  };
}
