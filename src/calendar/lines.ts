// A tolerant content-line reader. ical.js's parser stops at the first malformed line and keeps no
// line numbers, so tt reads lines itself: it accepts what real exporters write (a BOM, CRLF or bare
// CR, lines folded with a space or a TAB, indented lines, empty parameters, a TZID whose quotes swallow
// the value) and reports what it cannot read with its line number instead of giving up on the file.
import type { Problem, Prop } from './types.ts';

export interface LogicalLine {
  text: string;
  line: number; // 1-based line of its first physical line
}

// An indented BEGIN/END is a new line (hand-written or templated files), not a folded continuation.
const INDENTED_BOUNDARY = /^[ \t]+(BEGIN|END):[A-Za-z-]+[ \t]*$/i;

/** Splits text into unfolded logical lines, each with the line number it starts on. */
export function logicalLines(text: string, firstLine = 1, out: LogicalLine[] = []): LogicalLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const physical = body.split(/\r\n|\n|\r/);
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    if (raw === '') continue;
    const first = raw.charCodeAt(0);
    const indented = first === 32 || first === 9;
    if (indented && out.length > 0 && !INDENTED_BOUNDARY.test(raw)) {
      // RFC 5545 3.1: a fold is CRLF followed by exactly one space or TAB, which is removed.
      out[out.length - 1]!.text += raw.slice(1);
      continue;
    }
    const text = indented ? raw.trimStart() : raw;
    if (text.trim() !== '') out.push({ text, line: i + firstLine });
  }
  return out;
}

const NAME = /^[A-Za-z0-9-]+/;

/** Reads one logical line into a Prop, or returns a Problem saying why it could not. */
export function parseLine(l: LogicalLine): Prop | Problem {
  const prop = scan(l.text, l.line);
  if (prop) return prop;
  // Some Exchange exports quote the TZID together with the value: TZID="W. Europe Standard Time:2020...".
  if (l.text.includes('"')) {
    const repaired = scan(l.text.replace(/"/g, ''), l.line);
    if (repaired) return repaired;
  }
  return { line: l.line, message: `not a calendar line: "${l.text.slice(0, 60)}"` };
}

function scan(text: string, line: number): Prop | null {
  const m = NAME.exec(text);
  if (!m) return null;
  const name = m[0].toUpperCase();
  const params: Record<string, string> = {};
  let i = m[0].length;
  while (text[i] === ';') {
    i++;
    if (text[i] === ';' || text[i] === ':') continue; // an empty parameter: skip it
    const eq = text.indexOf('=', i);
    if (eq < 0) return null;
    const pname = text.slice(i, eq).trim().toUpperCase();
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      let k = i;
      while (text[k] === ' ') k++;
      if (text[k] === '"') i = k; // a space left over from folding before a quoted value
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return null;
        values.push(text.slice(i + 1, close));
        i = close + 1;
      } else {
        let j = i;
        while (j < text.length && text[j] !== ';' && text[j] !== ':' && text[j] !== ',') j++;
        values.push(text.slice(i, j));
        i = j;
      }
      if (text[i] !== ',') break;
      i++;
    }
    if (pname) params[pname] = values.join(',');
  }
  if (text[i] !== ':') return null;
  return { name, params, value: text.slice(i + 1), line };
}
