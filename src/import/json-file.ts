// Reading a JSON export: a file that is not JSON, or not the array an exporter writes, is bad input
// (exit 2) naming the file and how to produce a good one.
import { UsageError } from '../core/errors.ts';

export function parseJsonArray(text: string, file: string, hint: string): unknown[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`${file} is not JSON: ${(err as Error).message}`, hint);
  }
  if (!Array.isArray(doc)) throw new UsageError(`${file}: expected a JSON array at the top level`, hint);
  return doc;
}

export function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((t) => typeof t === 'string');
}
