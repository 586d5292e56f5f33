// Reads every shard of a stream, validating each; a damaged shard is reported and skipped, so the
// other months stay readable.
import { DataError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { listShards, openShard, type StoredRecord } from './shard.ts';
import { validateActivity, validateTime } from './validators.ts';

export function readShards(fs: Fs, dir: string, stream: 'time' | 'activity'): { events: StoredRecord[]; damaged: DataError[] } {
  const validate = stream === 'time' ? validateTime : validateActivity;
  const events: StoredRecord[] = [];
  const damaged: DataError[] = [];
  const seen = new Set<string>();
  for (const path of listShards(fs, dir)) {
    try {
      for (const e of openShard(fs, path, validate).data.events) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        events.push(e);
      }
    } catch (err) {
      if (err instanceof DataError) damaged.push(err);
      else throw err;
    }
  }
  return { events, damaged };
}
