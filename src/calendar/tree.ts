// Nests content lines into components (VCALENDAR > VEVENT, VTIMEZONE > STANDARD, ...). Several
// VCALENDARs in one file, a VEVENT with no VCALENDAR around it, and a missing END are all read; what
// is odd is reported with its line. A component's lines are parsed into properties only when first
// asked for: a week's query over a year's export reads most events no further than DTSTART.
import { logicalLines, parseLine, type LogicalLine } from './lines.ts';
import type { Component, Problem, Prop } from './types.ts';

export interface Tree {
  /** Top-level components: usually VCALENDARs; a bare VEVENT is kept as it is. */
  roots: Component[];
  /** Problems found so far; parsing a component's properties later may add to it. */
  problems: Problem[];
}

interface Lazy extends Component {
  raw: LogicalLine[];
}

const BOUNDARY = /^(BEGIN|END):/i;
/**
 * Real calendars nest four deep at most (VCALENDAR > VEVENT > VALARM, VTIMEZONE > STANDARD). Deeper
 * components are skipped with one problem each: a file nested 5,000 deep is hostile, not a calendar.
 */
export const MAX_DEPTH = 16;
const PLAUSIBLE = /^[A-Za-z0-9-]+[;:]/;

/** Reads a whole text, or the pieces left after far events were cut out (see far.ts). */
export function readTree(input: string | readonly { text: string; line: number }[]): Tree {
  const pieces = typeof input === 'string' ? [{ text: input, line: 1 }] : input;
  const lines: LogicalLine[] = [];
  for (const p of pieces) logicalLines(p.text, p.line, lines);
  const roots: Component[] = [];
  const problems: Problem[] = [];
  const stack: Lazy[] = [];
  let skipped = 0; // BEGINs open below MAX_DEPTH
  for (const l of lines) {
    if (skipped) {
      if (/^BEGIN:/i.test(l.text)) skipped++;
      else if (/^END:/i.test(l.text)) skipped--;
      continue;
    }
    if (BOUNDARY.test(l.text)) {
      const p = parseLine(l);
      if (!('name' in p)) {
        problems.push(p);
        continue;
      }
      if (p.name === 'BEGIN' && stack.length >= MAX_DEPTH) {
        problems.push({ line: p.line, message: `BEGIN:${p.value.trim().toUpperCase()} is nested more than ${MAX_DEPTH} components deep; it was skipped, with everything inside it` });
        skipped = 1;
        continue;
      }
      if (p.name === 'BEGIN') {
        const c = lazy(p.value.trim().toUpperCase(), p.line, problems);
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(c);
        else roots.push(c);
        stack.push(c);
        continue;
      }
      const name = p.value.trim().toUpperCase();
      const at = stack.map((c) => c.name).lastIndexOf(name);
      if (at < 0) {
        problems.push({ line: p.line, message: `END:${name} without a matching BEGIN` });
        continue;
      }
      for (let i = stack.length - 1; i > at; i--) problems.push({ line: stack[i]!.line, message: `BEGIN:${stack[i]!.name} is never closed` });
      stack.length = at;
      continue;
    }
    const current = stack[stack.length - 1];
    if (!PLAUSIBLE.test(l.text) || !l.text.includes(':')) {
      const p = parseLine(l); // may still be repaired; otherwise it says what is wrong
      if (!('name' in p)) {
        problems.push(p);
        continue;
      }
    }
    if (current) current.raw.push(l);
    else problems.push({ line: l.line, message: `${l.text.slice(0, l.text.search(/[;:]/) >>> 0 || 20)} outside any component` });
  }
  for (const c of stack) problems.push({ line: c.line, message: `BEGIN:${c.name} is never closed` });
  return { roots, problems };
}

function lazy(name: string, line: number, problems: Problem[]): Lazy {
  let parsed: Prop[] | null = null;
  const raw: LogicalLine[] = [];
  return {
    name,
    line,
    children: [],
    raw,
    get props(): Prop[] {
      if (!parsed) {
        parsed = [];
        for (const l of raw) {
          const p = parseLine(l);
          if ('name' in p) parsed.push(p);
          else problems.push(p);
        }
      }
      return parsed;
    },
  };
}

/** Every component with this name at any depth (VEVENTs nest only in VCALENDARs, but be lenient), in file order. */
export function collect(roots: readonly Component[], name: string, out: Component[] = []): Component[] {
  // A stack, not recursion: the depth is capped when reading, but this must not depend on it.
  const todo: Component[] = [...roots].reverse();
  while (todo.length) {
    const c = todo.pop()!;
    if (c.name === name) out.push(c);
    else for (let i = c.children.length - 1; i >= 0; i--) todo.push(c.children[i]!);
  }
  return out;
}

export function prop(c: Component, name: string): Prop | undefined {
  return c.props.find((p) => p.name === name);
}

/** One property read without parsing the component's other lines (first match by name). */
export function peek(c: Component, name: string): Prop | undefined {
  const raw = (c as Partial<Lazy>).raw;
  if (!raw) return prop(c, name);
  const n = name.length;
  for (const l of raw) {
    const next = l.text.charCodeAt(n);
    if ((next === 58 || next === 59) && l.text.slice(0, n).toUpperCase() === name) {
      const p = parseLine(l);
      return 'name' in p ? p : undefined;
    }
  }
  return undefined;
}

/**
 * The properties with these names, by name, parsing only their lines: DESCRIPTION, X- lines and the
 * like are never parsed. Problems in the lines parsed are reported as usual.
 */
export function pick(c: Component, names: ReadonlySet<string>, problems: Problem[]): Map<string, Prop[]> {
  const out = new Map<string, Prop[]>();
  const add = (p: Prop): void => {
    const list = out.get(p.name);
    if (list) list.push(p);
    else out.set(p.name, [p]);
  };
  const raw = (c as Partial<Lazy>).raw;
  if (!raw) {
    for (const p of c.props) if (names.has(p.name)) add(p);
    return out;
  }
  for (const l of raw) {
    const end = l.text.search(/[;:]/);
    if (end <= 0 || !names.has(l.text.slice(0, end).toUpperCase())) continue;
    const p = parseLine(l);
    if ('name' in p) add(p);
    else problems.push(p);
  }
  return out;
}

/** Whether any line of the component has one of these property names. */
export function hasAny(c: Component, names: ReadonlySet<string>): boolean {
  const raw = (c as Partial<Lazy>).raw;
  if (!raw) return c.props.some((p) => names.has(p.name));
  return raw.some((l) => {
    const end = l.text.search(/[;:]/);
    return end > 0 && names.has(l.text.slice(0, end).toUpperCase());
  });
}
