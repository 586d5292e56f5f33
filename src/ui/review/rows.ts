// The screen's lines as plain strings cut to fit 80x24: the day column, the selected day's drafts
// (scrolled to keep the cursor in view), and a detail line. The component only adds colour.
import { formatHM } from '../../core/duration.ts';
import { formatClock } from '../../core/time.ts';
import { accepted, current, type ReviewState } from '../../review/state.ts';
import { evidenceLine, truncate } from '../../review/summary.ts';
import { conflictText, dayLabel, who } from '../../review/text.ts';
import type { ConflictNote, Draft } from '../../review/types.ts';

export const WIDTH = 80;
export const DAY_WIDTH = 15;
export const BODY_ROWS = 16;
const RIGHT = WIDTH - DAY_WIDTH - 2; // a column of "│ " between

export interface Row {
  text: string;
  tone: 'normal' | 'cursor' | 'accepted' | 'skipped' | 'conflict' | 'dim';
}

const MARK: Record<Draft['status'], string> = { pending: ' ', accepted: '✓', skipped: '-' };
const ms = (ds: readonly Draft[]): number => ds.reduce((t, d) => t + d.end - d.start, 0);

export function titleLine(s: ReviewState, from: string, to: string): string {
  const ok = accepted(s);
  const pending = s.drafts.filter((d) => d.status === 'pending').length;
  return truncate(`tt review ${from}..${to}  ✓ ${ok.length} accepted ${formatHM(ms(ok))}  · ${pending} pending`, WIDTH);
}

export function dayRows(s: ReviewState, notes: readonly ConflictNote[]): Row[] {
  const days = [...new Set([...s.drafts.map((d) => d.day), ...notes.map((n) => n.day)])].sort();
  const here = current(s)?.day;
  const rows = days.map((day): Row => {
    const mine = s.drafts.filter((d) => d.day === day);
    const open = mine.some((d) => d.status === 'pending');
    // ✓ all decided, ! only a conflict tracked time settled, blank: drafts still pending.
    const mark = open ? ' ' : mine.length ? '✓' : '!';
    const text = `${day === here ? '›' : ' '}${dayLabel(day).slice(0, 4)}${day.slice(8)} ${formatHM(ms(mine)).padStart(5)}${mark}`;
    return { text: text.padEnd(DAY_WIDTH).slice(0, DAY_WIDTH), tone: day === here ? 'cursor' : open ? 'normal' : 'dim' };
  });
  return scroll(rows, Math.max(0, days.indexOf(here ?? '')));
}

function draftRow(d: Draft, s: ReviewState, isCursor: boolean): Row {
  const head = `${isCursor ? '›' : ' '}${MARK[d.status]} ${formatClock(d.start, s.tz)}–${formatClock(d.end, s.tz)} ${formatHM(d.end - d.start).padStart(5)} ${truncate(who(d), 12).padEnd(12)} `;
  const tail = d.conflict ? `! ${d.conflict.clients.join('|')}: ${evidenceLine(d.sources)}` : evidenceLine(d.sources);
  const tone: Row['tone'] = isCursor ? 'cursor' : d.status === 'accepted' ? 'accepted' : d.status === 'skipped' ? 'skipped' : d.conflict ? 'conflict' : 'normal';
  return { text: head + truncate(tail, RIGHT - [...head].length), tone };
}

export function draftRows(s: ReviewState, notes: readonly ConflictNote[]): Row[] {
  const here = current(s);
  if (!here) return [{ text: 'Nothing to review: all evidence in this range is tracked.', tone: 'dim' }];
  const rows: Row[] = [];
  let at = 0;
  s.drafts.forEach((d, i) => {
    if (d.day !== here.day) return;
    if (i === s.cursor) at = rows.length;
    rows.push(draftRow(d, s, i === s.cursor));
  });
  for (const n of notes.filter((x) => x.day === here.day)) {
    const text = `  ! ${formatClock(n.start, s.tz)}–${formatClock(n.end, s.tz)} ${formatHM(n.end - n.start).padStart(5)} ${conflictText(n)}: tracked; tt edit changes it`;
    rows.push({ text: truncate(text, RIGHT), tone: 'conflict' });
  }
  return scroll(rows, at);
}

/** The selected draft's whole evidence line and its decision, two lines at most. */
export function detailLines(s: ReviewState): string[] {
  const d = current(s);
  if (!d) return ['', ''];
  const evidence = truncate(`Evidence: ${evidenceLine(d.sources)}`, WIDTH);
  const decision = d.conflict
    ? `Conflict: ${conflictText(d.conflict)}. o picks the other client, c any.`
    : `${d.day} ${formatClock(d.start, s.tz)}–${formatClock(d.end, s.tz)} ${who(d)}, ${d.status}.`;
  return [evidence, truncate(decision, WIDTH)];
}

/** At most BODY_ROWS rows, keeping row `at` in view. */
function scroll(rows: Row[], at: number): Row[] {
  if (rows.length <= BODY_ROWS) return rows;
  const start = Math.max(0, Math.min(rows.length - BODY_ROWS, at - Math.floor(BODY_ROWS / 2)));
  return rows.slice(start, start + BODY_ROWS);
}
