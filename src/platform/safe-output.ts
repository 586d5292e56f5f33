// Everything tt prints goes through here (main() in src/cli.ts wraps the context once), so no
// command can forget it: control characters in the text, whoever wrote them, are shown as `\u001b`
// and the like (src/core/visible.ts), never sent to the terminal as escape sequences. JSON stays
// exactly the same JSON: those escapes are JSON's own, and JSON.stringify already escapes C0.
// Messages on stderr also have the password or token of any URL in them hidden (src/core/redact.ts):
// git's errors quote the sync remote. stdout is data (a note may hold a URL), so it is not touched.
//
// tt's own control sequences (chalk's colours, the progress line's carriage return) pass because
// they are marked: `own()` puts OWN before each of their control characters, and only a character
// right after OWN is let through. OWN holds a random part made once per process, so a note stored
// earlier cannot carry it. It is kept on globalThis because the timer commands' bundle and the
// split build can each hold a copy of this module in one process.
import { redactCredentials } from '../core/redact.ts';
import { hasActive, inert } from '../core/visible.ts';
import type { Ctx } from './context.ts';

const KEY = Symbol.for('tt.own-control');
const store = globalThis as { [KEY]?: string };
export const OWN: string = (store[KEY] ??= `\uE000${Math.random().toString(36).slice(2, 12)}\uE001`);

const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;
const UNMARKED = new RegExp(`(?<!${OWN})[\\x00-\\x1f\\x7f-\\x9f]`, 'g');

/** tt's own control sequence, marked so the safe writer lets it through. */
export function own(seq: string): string {
  return seq.replace(CONTROL, (c) => OWN + c);
}

/** Marks the control characters that are not marked yet: a styler's output around inert text. */
export function ownUnmarked(text: string): string {
  return text.replace(UNMARKED, (c) => OWN + c);
}

/** Text with its unmarked control characters made visible and its marked ones kept, still marked. */
export function neutral(text: string): string {
  if (!text.includes(OWN)) return hasActive(text) ? inert(text) : text;
  return text
    .split(OWN)
    .map((part, i) => (i === 0 ? inert(part) : part.charAt(0) + inert(part.slice(1))))
    .join(OWN);
}

/** What reaches the descriptor: user text inert, tt's own sequences unmarked and live. */
export function safeText(text: string): string {
  if (!text.includes(OWN)) return hasActive(text) ? inert(text) : text;
  return neutral(text).split(OWN).join('');
}

const SAFE = Symbol('tt.safe-output');

/** The context with its output made safe; the rest (clock, fs, lazy getters) is the context's own. */
export function safeOutput<C extends Ctx>(ctx: C): C {
  if ((ctx as { [SAFE]?: boolean })[SAFE]) return ctx;
  // Object.create keeps the context's getters (isTTY and color are asked lazily) working.
  const safe = Object.create(ctx) as C & { [SAFE]: boolean };
  safe.out = (text) => ctx.out(safeText(text));
  safe.err = (text) => ctx.err(redactCredentials(safeText(text)));
  safe[SAFE] = true;
  return safe;
}
