// `timew export` JSON: [{"id":1,"start":"20261102T090000Z","end":"...","tags":[...],"annotation":"..."}].
// Times are UTC. Timewarrior has no projects or clients, only tags; the `id` is a position that
// changes with every new interval, so the origin key is the interval's start and end instead
// (Timewarrior refuses overlapping intervals, so those two name one interval).
import { UsageError } from '../core/errors.ts';
import { isStringArray, parseJsonArray } from './json-file.ts';
import type { SourceRecord } from './types.ts';

const HINT = 'Export it with `timew export > FILE` (optionally with a range, like `timew export :year`).';
const TIME_RE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

export function parseTimewTime(text: string): number | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? t : null;
}

export function parseTimewarrior(text: string, file: string): SourceRecord[] {
  return parseJsonArray(text, file, HINT).map((item, i) => {
    const where = `interval ${i + 1}`;
    const bad = (what: string): never => {
      throw new UsageError(`${file}: ${where}: ${what}`, HINT);
    };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return bad('is not an object');
    const r = item as Record<string, unknown>;
    if (typeof r.start !== 'string') return bad('has no "start"');
    const start = parseTimewTime(r.start) ?? bad(`start "${r.start}" is not a Timewarrior time like 20261102T090000Z`);
    let end: number | null = null;
    if (r.end !== undefined) {
      if (typeof r.end !== 'string') return bad('"end" is not a string');
      end = parseTimewTime(r.end) ?? bad(`end "${r.end}" is not a Timewarrior time like 20261102T113000Z`);
    }
    if (r.tags !== undefined && !isStringArray(r.tags)) return bad('"tags" is not a list of strings');
    if (r.annotation !== undefined && typeof r.annotation !== 'string') return bad('"annotation" is not a string');
    return {
      origin: `timewarrior:${r.start}:${typeof r.end === 'string' ? r.end : ''}`,
      where,
      start,
      end,
      client: null,
      project: null,
      tags: (r.tags) ?? [],
      note: (r.annotation) || null,
    };
  });
}
