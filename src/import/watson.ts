// Watson's frames file (~/.config/watson/frames): a JSON array of
// [start, stop, project, id, tags, updated_at], times in epoch seconds. The frame id is stable
// across edits, so it is the origin key. The running frame lives in Watson's state file, not here.
import { UsageError } from '../core/errors.ts';
import { isStringArray, parseJsonArray } from './json-file.ts';
import type { SourceRecord } from './types.ts';

const HINT = "Give Watson's frames file itself (usually ~/.config/watson/frames, or $WATSON_DIR/frames).";

export function parseWatson(text: string, file: string): SourceRecord[] {
  return parseJsonArray(text, file, HINT).map((item, i) => {
    const where = `frame ${i + 1}`;
    const bad = (what: string): never => {
      throw new UsageError(`${file}: ${where}: ${what}`, HINT);
    };
    if (!Array.isArray(item) || item.length < 4) return bad('is not [start, stop, project, id, tags, updated_at]');
    const [start, stop, project, id, tags] = item as unknown[];
    if (typeof start !== 'number' || !Number.isFinite(start)) return bad('start is not a number of seconds');
    if (typeof stop !== 'number' || !Number.isFinite(stop)) return bad('stop is not a number of seconds');
    if (typeof project !== 'string') return bad('project is not a string');
    if (typeof id !== 'string' || !id) return bad('id is not a string');
    if (tags !== undefined && tags !== null && !isStringArray(tags)) return bad('tags are not a list of strings');
    return {
      origin: `watson:${id}`,
      where,
      start: Math.round(start * 1000),
      end: Math.round(stop * 1000),
      client: null,
      project: project || null,
      tags: (tags) ?? [],
      note: null,
    };
  });
}
