// The time events doctor's checks share, read once: the good records of every month shard (salvaged
// line by line, as --repair would keep them) and of the journal and the files a fold set aside, each
// with the file it came from. Unreadable files are left to the shards and journal checks to report.
import type { TimeEvent } from '../core/events.ts';
import { asideFiles } from '../store/fold.ts';
import { parseJournal } from '../store/journal.ts';
import { salvageShard } from '../store/repair.ts';
import { listShards } from '../store/shard.ts';
import { validateTime } from '../store/validators.ts';
import type { Doctor } from './check.ts';

export interface Located {
  event: TimeEvent;
  file: string;
}

export function timeEvents(d: Doctor): Located[] {
  const cached = d.memo.get('timeEvents') as Located[] | undefined;
  if (cached) return cached;
  const { ctx, p } = d;
  const byId = new Map<string, Located>();
  const add = (record: unknown, file: string): void => {
    const event = record as TimeEvent;
    if (!byId.has(event.id)) byId.set(event.id, { event, file });
  };
  for (const file of listShards(ctx.fs, p.events)) {
    try {
      for (const r of salvageShard(ctx.fs.readFileSync(file, 'utf8'), validateTime).good) add(r, file);
    } catch {
      /* unreadable: the shards check says so */
    }
  }
  for (const file of [...asideFiles(ctx, p), p.journal]) {
    try {
      if (!ctx.fs.existsSync(file)) continue;
      for (const r of parseJournal(ctx.fs.readFileSync(file, 'utf8')).records) if (!validateTime(r)) add(r, file);
    } catch {
      /* unreadable: the journal check says so */
    }
  }
  const out = [...byId.values()];
  d.memo.set('timeEvents', out);
  return out;
}
