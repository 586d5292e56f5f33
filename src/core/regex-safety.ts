// Whether a user's regular expression (a client's meeting rule) can be run on hostile text without
// hanging tt. JavaScript's engine backtracks: `(a+)+$` against forty a's and a "!" takes minutes, and
// anyone can send an invite whose title is that text. A linear-time engine (re2) is a native addon,
// which tt avoids (it must install without a compiler); instead patterns are checked here when they
// are set and when they are read, and the text they run on is capped (MAX_TESTED).
//
// The check reads the pattern into a small tree and bounds the work a match can take:
// - a repeated group whose body can match one string in more than one way (a quantifier that is not
//   fixed, or alternatives that can start with the same character) is refused: that is what makes
//   backtracking exponential (`(a+)+`, `(\w+\s?)*`, `(a|ab)*`);
// - every other choice multiplies the ways a match can be tried: an open repeat (`*`, `+`, `{2,}`)
//   by up to MAX_TESTED + 1, an optional part by 2, overlapping alternatives by their number. The
//   product must stay within two open repeats' worth (`.*acme.*` is fine, `.*a.*b.*c` is not);
// - backreferences are refused (matching them is NP-hard in general).
// It is conservative: a few harmless patterns are refused too, with a message saying why.

/** Meeting titles are cut to this many characters before rules are tried on them. */
export const MAX_TESTED = 256;
/** Longest pattern accepted. */
export const MAX_PATTERN = 200;
const BUDGET = (MAX_TESTED + 1) ** 2;

/** A set of characters, case-folded: `any` for classes too wide to list (., \W, [^...]). */
interface CharSet {
  any: boolean;
  codes: Set<number>;
  /** May match some character above U+007F. */
  wide: boolean;
}

type Atom = { kind: 'chars'; set: CharSet } | { kind: 'group'; alt: Alt; look: boolean } | { kind: 'anchor' } | { kind: 'backref' };
interface Term {
  atom: Atom;
  min: number;
  max: number; // Infinity for an open repeat
}
type Seq = Term[];
type Alt = Seq[];

const ANY: CharSet = { any: true, codes: new Set(), wide: true };

function setOf(codes: Iterable<number>, wide = false): CharSet {
  const out = new Set<number>();
  for (const c of codes) {
    out.add(c);
    if (c >= 65 && c <= 90) out.add(c + 32);
    if (c >= 97 && c <= 122) out.add(c - 32);
  }
  return { any: false, codes: out, wide };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let c = a; c <= Math.min(b, 127); c++) out.push(c);
  return out;
}

const DIGIT = range(48, 57);
const WORD = [...DIGIT, ...range(65, 90), ...range(97, 122), 95];
const SPACE = [9, 10, 11, 12, 13, 32];

function union(a: CharSet, b: CharSet): CharSet {
  if (a.any || b.any) return ANY;
  return { any: false, codes: new Set([...a.codes, ...b.codes]), wide: a.wide || b.wide };
}

function overlaps(a: CharSet, b: CharSet): boolean {
  if (a.any || b.any) return true;
  if (a.wide && b.wide) return true;
  for (const c of a.codes) if (b.codes.has(c)) return true;
  return false;
}

class Unsafe extends Error {}

/** Reads a pattern that `new RegExp(pattern)` accepted (so its syntax is valid). */
class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alt(): Alt {
    const branches: Alt = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.seq());
    }
    return branches;
  }

  seq(): Seq {
    const terms: Seq = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      terms.push({ atom, min, max });
    }
    return terms;
  }

  quantifier(): [number, number] {
    const s = this.src;
    const c = s[this.i];
    let q: [number, number] | null = null;
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    if (q) this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return [1, 1]; // a literal brace
      this.i += m[0].length;
      const min = Number(m[1]);
      q = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    } else return [1, 1];
    if (s[this.i] === '?') this.i++; // lazy: the same choices, tried in another order
    return q;
  }

  atom(): Atom {
    const s = this.src;
    const c = s[this.i++]!;
    if (c === '^' || c === '$') return { kind: 'anchor' };
    if (c === '.') return { kind: 'chars', set: ANY };
    if (c === '[') return { kind: 'chars', set: this.charClass() };
    if (c === '(') {
      let look = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(s.slice(this.i, this.i + 3))) {
        look = true;
        this.i += s[this.i + 1] === '<' ? 3 : 2;
      } else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      const alt = this.alt();
      this.i++; // ')'
      return { kind: 'group', alt, look };
    }
    if (c === '\\') return this.escape();
    return { kind: 'chars', set: setOf([c.charCodeAt(0)], c.charCodeAt(0) > 127) };
  }

  escape(): Atom {
    const s = this.src;
    const c = s[this.i++] ?? '\\';
    if (c === 'b' || c === 'B') return { kind: 'anchor' };
    if (/[1-9]/.test(c) || (c === 'k' && s[this.i] === '<')) return { kind: 'backref' };
    const set = this.classEscape(c);
    return { kind: 'chars', set };
  }

  /** The set an escape stands for, inside or outside a class (the escape's letter already read). */
  classEscape(c: string): CharSet {
    const s = this.src;
    if (c === 'd') return setOf(DIGIT);
    if (c === 'w') return setOf(WORD);
    if (c === 's') return setOf(SPACE, true);
    if ('DWS'.includes(c)) return ANY;
    if (c === 'x' && /^[0-9a-fA-F]{2}/.test(s.slice(this.i))) {
      const code = parseInt(s.slice(this.i, this.i + 2), 16);
      this.i += 2;
      return setOf([code], code > 127);
    }
    if (c === 'u' && /^[0-9a-fA-F]{4}/.test(s.slice(this.i))) {
      const code = parseInt(s.slice(this.i, this.i + 4), 16);
      this.i += 4;
      return setOf([code], code > 127);
    }
    if (c === 'c' && /^[A-Za-z]/.test(s.slice(this.i))) return setOf([s.charCodeAt(this.i++) % 32]);
    const known: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
    const code = known[c] ?? c.charCodeAt(0);
    return setOf([code], code > 127);
  }

  charClass(): CharSet {
    const s = this.src;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    let set: CharSet = { any: false, codes: new Set(), wide: false };
    while (this.i < s.length && s[this.i] !== ']') {
      let lo: CharSet;
      let loCode: number | null = null;
      if (s[this.i] === '\\') {
        this.i++;
        const c = s[this.i++]!;
        lo = c === 'b' ? setOf([8]) : this.classEscape(c); // \b in a class is a backspace
        if (lo.codes.size <= 2 && !lo.any && !'dwsDWS'.includes(c)) loCode = [...lo.codes][0] ?? null;
      } else {
        loCode = s.charCodeAt(this.i++);
        lo = setOf([loCode], loCode > 127);
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length && loCode !== null) {
        this.i++;
        let hiCode: number;
        if (s[this.i] === '\\') {
          this.i++;
          const hi = this.classEscape(s[this.i++]!);
          hiCode = hi.any ? 0x10ffff : Math.max(...hi.codes);
        } else hiCode = s.charCodeAt(this.i++);
        lo = setOf(range(Math.min(loCode, hiCode), Math.max(loCode, hiCode)), hiCode > 127);
      }
      set = union(set, lo);
    }
    this.i++; // ']'
    return negated ? ANY : set;
  }
}

function nullable(alt: Alt): boolean {
  return alt.some((seq) => seq.every((t) => t.min === 0 || atomNullable(t.atom)));
}

function atomNullable(a: Atom): boolean {
  if (a.kind === 'chars') return false;
  if (a.kind === 'group') return a.look || nullable(a.alt);
  return true;
}

/** The characters a match of `seq` can start with (null when it can match the empty string too). */
function first(seq: Seq): { set: CharSet; empty: boolean } {
  let set: CharSet = { any: false, codes: new Set(), wide: false };
  for (const t of seq) {
    const a = t.atom;
    if (a.kind === 'chars') set = union(set, a.set);
    else if (a.kind === 'group' && !a.look) for (const b of a.alt) set = union(set, first(b).set);
    else if (a.kind === 'backref') return { set: ANY, empty: true };
    if (t.min > 0 && !atomNullable(a)) return { set, empty: false };
  }
  return { set, empty: true };
}

/** Whether the alternatives can start the same way (or one can match nothing): they then compete. */
function competing(alt: Alt): boolean {
  if (alt.length < 2) return false;
  const firsts = alt.map(first);
  if (firsts.some((f) => f.empty)) return true;
  for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) if (overlaps(firsts[i]!.set, firsts[j]!.set)) return true;
  return false;
}

/** Whether a body can match one string in more than one way: its repeat would then be exponential. */
function ambiguous(alt: Alt): boolean {
  if (competing(alt)) return true;
  return alt.some((seq) =>
    seq.some((t) => t.min !== t.max || (t.atom.kind === 'group' && ambiguous(t.atom.alt)) || t.atom.kind === 'backref'),
  );
}

/** Ways a match can be tried, capped; throws Unsafe for a repeat of an ambiguous body. */
function ways(alt: Alt): number {
  const per = alt.map((seq) => seq.reduce((n, t) => Math.min(n * termWays(t), Number.MAX_SAFE_INTEGER), 1));
  return competing(alt) ? Math.min(per.reduce((a, b) => a + b, 0), Number.MAX_SAFE_INTEGER) : Math.max(...per);
}

function termWays(t: Term): number {
  const a = t.atom;
  if (a.kind === 'backref') throw new Unsafe('it refers back to a group (\\1, \\k<name>), which can take exponential time');
  const inner = a.kind === 'group' ? ways(a.alt) : 1;
  if (t.max > 1 && t.min !== t.max && a.kind === 'group' && ambiguous(a.alt)) {
    throw new Unsafe('it repeats a group that can match the same text in more than one way (like (a+)+ or (a|ab)*), which can take minutes on a crafted title');
  }
  if (t.min === t.max) return Math.min(inner ** t.min, Number.MAX_SAFE_INTEGER);
  if (t.max === 1) return inner + 1;
  return (Math.min(t.max - t.min, MAX_TESTED) + 1) * inner;
}

/** Why running `pattern` on hostile text could hang tt, or null when it is safe. `pattern` must compile. */
export function unsafePattern(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN) return `it is longer than ${MAX_PATTERN} characters`;
  let alt: Alt;
  try {
    const p = new Parser(pattern);
    alt = p.alt();
  } catch {
    return 'tt cannot tell how long it may take to match';
  }
  try {
    if (ways(alt) > BUDGET) return 'it has too many parts that can match in more than one way (*, +, ?, {n,m}, alternatives); matching could take minutes on a crafted title (two open-ended ones are fine, like .*acme.*)';
  } catch (err) {
    if (err instanceof Unsafe) return err.message;
    throw err;
  }
  return null;
}

/** Why a client's meeting rule cannot be used (empty, not a regex, or unsafe), or null. */
export function meetingRuleProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'it is empty, so it would match every meeting';
  try {
    new RegExp(pattern, 'i');
  } catch (err) {
    return `it is not a regular expression (${(err as Error).message})`;
  }
  return unsafePattern(pattern);
}
