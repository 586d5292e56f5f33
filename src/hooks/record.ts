// The journal line format hook scripts write. Filled in by the hooks capability; until then a line
// that is not JSON is not a record.
import type { StoredRecord } from '../store/shard.ts';

export function parseHookLine(_line: string): StoredRecord | null {
  return null;
}
