// What `tt doctor` checks and how `--repair` mends it: bad records move to quarantine/, good ones
// stay, derived state is rebuilt. Nothing is ever deleted: the damaged original is kept whole too.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import { replay } from '../core/replay.ts';
import type { TimeEvent } from '../core/events.ts';
import { readClients } from './clients-file.ts';
import { readStoredConfig } from './config-file.ts';
import { asideFiles } from './fold.ts';
import { readIfExists, writeAtomic } from './io.ts';
import { parseJournal } from './journal.ts';
import { encodeShard, listShards, type StoredRecord } from './shard.ts';
import type { Store } from './store.ts';
import { validateActivity, validateTime } from './validators.ts';
import { readTimer } from './timer.ts';

export interface Finding {
  file: string;
  problem: string;
  repaired: boolean;
}

/** Splits a shard's text into valid and invalid records, salvaging line by line when the JSON is broken. */
export function salvageShard(text: string, validate: (r: unknown) => string | null): { good: StoredRecord[]; bad: string[] } {
  let candidates: unknown[] | null = null;
  try {
    const doc = JSON.parse(text) as { events?: unknown };
    if (Array.isArray(doc.events)) candidates = doc.events;
  } catch {
    candidates = null;
  }
  const good: StoredRecord[] = [];
  const bad: string[] = [];
  if (candidates) {
    for (const c of candidates) {
      if (validate(c)) bad.push(JSON.stringify(c));
      else good.push(c as StoredRecord);
    }
    return { good, bad };
  }
  for (const raw of text.split('\n')) {
    const line = raw.trim().replace(/,$/, '');
    // One record a line (encodeShard); its keys may come in any order, so any other line that
    // opens an object is a record too.
    if (!line.startsWith('{') || /^\{\s*"version"/.test(line)) {
      if (line && !/^(\{"version":\d+,"events":\[|\]\}|\[|\]|\{|\})$/.test(line)) bad.push(raw);
      continue;
    }
    try {
      const r = JSON.parse(line);
      if (validate(r)) bad.push(raw);
      else good.push(r as StoredRecord);
    } catch {
      bad.push(raw);
    }
  }
  return { good, bad };
}

function quarantineName(store: Store, file: string, suffix: string): string {
  const rel = file.slice(store.p.root.length + 1).replace(/[\\/]/g, '_');
  return join(store.p.quarantine, `${rel}.${new Date(store.ctx.now()).toISOString().replace(/[:.]/g, '')}.${suffix}`);
}

export function checkStore(store: Store, repair: boolean): Finding[] {
  const { ctx, p } = store;
  const findings: Finding[] = [];
  if (!ctx.fs.existsSync(p.root)) return findings;
  for (const [dir, validate] of [[p.events, validateTime], [p.activity, validateActivity]] as const) {
    for (const file of listShards(ctx.fs, dir)) {
      const text = ctx.fs.readFileSync(file, 'utf8');
      const { good, bad } = salvageShard(text, validate);
      let wellFormed = true;
      try {
        const doc = JSON.parse(text) as { version?: unknown };
        wellFormed = doc.version === 1;
      } catch {
        wellFormed = false;
      }
      if (!bad.length && wellFormed) continue;
      const problem = bad.length ? `${bad.length} bad record(s), first: ${bad[0]!.slice(0, 120)}` : 'not a valid shard document';
      if (repair) {
        writeAtomic(ctx.fs, quarantineName(store, file, 'original'), text);
        if (bad.length) writeAtomic(ctx.fs, quarantineName(store, file, 'bad'), `${bad.join('\n')}\n`);
        good.sort((a, b) => (a.id < b.id ? -1 : 1));
        writeAtomic(ctx.fs, file, encodeShard({ version: 1, events: good }));
      }
      findings.push({ file, problem: `${problem}; ${good.length} good record(s)`, repaired: repair });
    }
  }
  for (const file of [...asideFiles(ctx, p), p.journal]) {
    const text = readIfExists(ctx.fs, file);
    if (!text) continue;
    const { bad } = parseJournal(text);
    if (bad.length) findings.push({ file, problem: `${bad.length} unreadable line(s), first at line ${bad[0]!.line}; the next fold moves them to quarantine/`, repaired: false });
  }
  for (const [file, read] of [[p.config, () => readStoredConfig(ctx.fs, p.config)], [p.clients, () => readClients(ctx.fs, p.clients)]] as const) {
    try {
      read();
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      findings.push({ file, problem: `${err.message} (fix it by hand: tt does not guess at settings)`, repaired: false });
    }
  }
  checkTimer(store, repair, findings);
  const lock = readIfExists(ctx.fs, p.lock);
  // `doctor --repair` runs under the lock itself: only someone else's lock is worth a word.
  if (lock !== null && !lock.includes(`"pid":${ctx.pid},`)) findings.push({ file: p.lock, problem: 'a lock is present (a running tt, or one that crashed: the next command takes it over)', repaired: false });
  return findings;
}

function checkTimer(store: Store, repair: boolean, findings: Finding[]): void {
  const { ctx, p } = store;
  const events: StoredRecord[] = [];
  for (const file of listShards(ctx.fs, p.events)) {
    events.push(...salvageShard(ctx.fs.readFileSync(file, 'utf8'), validateTime).good);
  }
  for (const file of [...asideFiles(ctx, p), p.journal]) {
    const text = readIfExists(ctx.fs, file);
    if (text) events.push(...parseJournal(text).records.filter((r) => !validateTime(r)));
  }
  const unique = [...new Map(events.map((e) => [e.id, e])).values()] as unknown as TimeEvent[];
  const entries = replay(unique);
  let running = null;
  for (const e of entries) if (e.end === null && (!running || e.start >= running.start)) running = e;
  let stored = null;
  let damaged = false;
  try {
    stored = readTimer(ctx.fs, p.timer);
  } catch {
    damaged = true;
  }
  if (!damaged && (stored?.id ?? null) === (running?.id ?? null) && (stored?.start ?? null) === (running?.start ?? null)) return;
  if (repair) store.setTimer(running);
  findings.push({ file: p.timer, problem: damaged ? 'the timer state is damaged; it is rebuilt from history' : 'the timer state disagrees with history; it is rebuilt from history', repaired: repair });
}
