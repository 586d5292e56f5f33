// A week's query over a year's export: most VEVENTs are single events, or overrides of single
// instances, days away from the window. An override is far when both its own time and the instance
// it replaces (its RECURRENCE-ID) are.
// Before the line reader runs, such blocks are cut out of the text, which leaves pieces that know
// the line they start on (so warnings name the right line), and are kept only as stubs for choosing
// the newest copy of a UID.
// Anything unusual (no DTSTART, a series, CR-only line ends) stays in the text for the full reader.
import { DAY_MS, parseDateValue, parseDuration } from './values.ts';

export interface FarStub {
  uid: string;
  /** The RECURRENCE-ID value of a far override, as written. */
  rid: string | null;
  line: number;
  sequence: number;
  stamp: string;
}

const SERIES = /\n(?:RRULE|RDATE|EXRULE)[;:]|THISANDFUTURE/;
const BEGIN = 'BEGIN:VEVENT';
const END = 'END:VEVENT';

/** A stretch of the file that the full reader still reads, with the line number it starts on. */
export interface Piece {
  text: string;
  line: number;
}

export function cutFarEvents(text: string, w: { start: number; end: number }): { pieces: Piece[]; stubs: FarStub[] } {
  if (!text.includes('\n')) return { pieces: [{ text, line: 1 }], stubs: [] };
  const pieces: Piece[] = [];
  let fromLine = 1; // line number at `from`
  const stubs: FarStub[] = [];
  const days = { from: day(w.start), to: day(w.end) };
  let from = 0; // start of text not yet copied
  let line = 1; // line number at `counted`
  let counted = 0;
  for (let at = text.indexOf(BEGIN); at >= 0; at = text.indexOf(BEGIN, Math.max(at + BEGIN.length, from))) {
    const stop = text.indexOf(`\n${END}`, at) + 1;
    if (stop <= 0) break;
    line += newlines(text, counted, at);
    counted = at;
    // Only a BEGIN at the start of a line opens a block (not one quoted inside a DESCRIPTION).
    if (at > 0 && text.charCodeAt(at - 1) !== 10) continue;
    const block = text.slice(at, stop);
    const stub = farStub(block, days, line);
    if (!stub) continue;
    stubs.push(stub);
    if (at > from) pieces.push({ text: text.slice(from, at), line: fromLine });
    from = stop + END.length;
    fromLine = line + newlines(block, 0, block.length);
  }
  pieces.push({ text: text.slice(from), line: fromLine });
  return { pieces, stubs };
}

/** YYYYMMDD of a naive time: date values compare as strings, with no parsing on the hot path. */
function day(naive: number): string {
  return new Date(naive).toISOString().slice(0, 10).replace(/-/g, '');
}

const DAY = /^\d{8}/;
const NEEDLE: Record<string, string> = Object.fromEntries(['DTSTART', 'UID', 'DTEND', 'DURATION', 'SEQUENCE', 'DTSTAMP', 'RECURRENCE-ID'].map((n) => [n, `\n${n}`]));

function farStub(block: string, w: { from: string; to: string }, line: number): FarStub | null {
  if (SERIES.test(block)) return null;
  const dtstart = value(block, 'DTSTART');
  const uid = value(block, 'UID', true);
  const dtend = value(block, 'DTEND');
  const duration = value(block, 'DURATION');
  const sequence = value(block, 'SEQUENCE');
  const stamp = value(block, 'DTSTAMP');
  const rid = value(block, 'RECURRENCE-ID');
  if (dtstart == null || uid == null || dtend === null || duration === null || sequence === null || stamp === null || rid === null) return null;
  if (!DAY.test(dtstart) || (dtend !== undefined && !DAY.test(dtend)) || (rid !== undefined && !DAY.test(rid))) return null;
  if (rid !== undefined && rid.slice(0, 8) >= w.from && rid.slice(0, 8) <= w.to) return null;
  const first = dtstart.slice(0, 8);
  let last = dtend === undefined ? first : dtend.slice(0, 8);
  if (duration !== undefined) {
    const start = parseDateValue(dtstart);
    const d = parseDuration(duration);
    if (!start || !d) return null;
    last = day(start.naive + d.days * DAY_MS + d.ms);
  }
  if (first <= w.to && (last > first ? last : first) >= w.from) return null;
  return { uid: uid.trim(), rid: rid ?? null, line, sequence: Number(sequence) || 0, stamp: stamp ?? '' };
}

/**
 * The value of the first `name` line: undefined when there is none, null when it cannot be read
 * here (a folded line: the full reader gets the block). A date value has no colon, so it is what
 * follows the last one (even when a TZID's quotes swallowed the value); a UID is what follows the first.
 */
function value(block: string, name: string, first = false): string | null | undefined {
  const at = block.indexOf(NEEDLE[name] ?? `\n${name}`);
  if (at < 0) return undefined;
  const sep = block.charCodeAt(at + 1 + name.length);
  if (sep !== 58 && sep !== 59) return null;
  let end = block.indexOf('\n', at + 1);
  if (end < 0) end = block.length;
  const next = block.charCodeAt(end + 1);
  if (next === 32 || next === 9) return null;
  const text = block.slice(at + 1 + name.length, block.charCodeAt(end - 1) === 13 ? end - 1 : end);
  return first ? text.slice(text.indexOf(':') + 1) : text.slice(text.lastIndexOf(':') + 1);
}

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
