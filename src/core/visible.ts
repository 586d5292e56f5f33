// Text from outside (a note, a meeting title anyone can send, a commit subject, a branch or folder
// name, a synced device's record) shown as text: every character a terminal would act on instead of
// print is written as a visible escape. Escape sequences (window titles, clipboard writes, a cleared
// screen, hyperlinks), C1 controls, DEL, a lone carriage return, line and paragraph separators and
// bidi controls (which reorder what is shown) are all covered. Pure.
//
// The escapes are JSON's own (`\u001b`, `\n`), so text that is JSON stays the same JSON: see
// src/platform/safe-output.ts, which applies `inert` to everything tt prints.

/** Every control character, tab and newline included: for a value shown on one line. */
const ANY = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What a terminal acts on, leaving tab, newline and CRLF, which tt's own output is made of. */
const ACTIVE = /\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };
const hex = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A value for one line of text: every control character escaped, `\n` and `\t` too. */
export function visible(text: string): string {
  return text.replace(ANY, (c) => SHORT[c] ?? hex(c));
}

/** Text as a whole (lines, tables, JSON): what a terminal would act on, escaped as `\uXXXX`. */
export function inert(text: string): string {
  return text.replace(ACTIVE, hex);
}

/** Whether `inert` would change anything: the cheap test before it. */
export function hasActive(text: string): boolean {
  ACTIVE.lastIndex = 0;
  return ACTIVE.test(text);
}
