// A transaction: several writes that land together or not at all. While one is open on a filesystem,
// its object is the only way to write there (io.ts refuses writeAtomic, appendLine and ensureDir), so
// nothing can slip past its commit. Writes are prepared as they are asked for: a file's temp file is
// written (and fsynced) beside it, an append is queued. At the commit:
//  1. files that are new (an invoice, the first timer state) are renamed into place: undone by
//     removing them again if anything below fails;
//  2. every queued append is written (one write per file): the commit point;
//  3. files that replace others are renamed over them; without appends the first of these is the
//     commit point.
// A failure before the commit point (the function throwing included) removes what the transaction
// made (temp files, new files, folders): nothing changed. After it the change is recorded, and only a
// rename can fail (rarely: a folder that must grow on a full disk, an I/O error); a derived file it
// could not replace is emptied, so that reading it reports it damaged (`tt doctor --repair` rebuilds
// it) rather than serving a state that no longer matches the records; a view made from records
// (clients.json from settings) stays behind until the command is run again, which records nothing
// twice. The store's transaction (store-tx.ts) adds its events and timer state; it also holds the lock.
import { constants } from 'node:fs';
import { EnvError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { appendText, envFailure, holdWrites, noteChange, prepareAppend, readIfExists, removeQuietly, writeTemp } from './io.ts';

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

interface Rename {
  tmp: string; // '' once renamed
  path: string;
  derived: boolean;
  existed: boolean;
}

export class Transaction {
  private readonly renames: Rename[] = [];
  private readonly appends = new Map<string, string>();
  private readonly texts = new Map<string, string>(); // path -> text it will have, for read()
  private readonly dirs: string[] = []; // folders made for it, removed again when it fails
  private open = true;

  constructor(readonly fs: Fs) {}

  /**
   * Replaces `path` with `text` at the commit, or leaves it as it was. `derived`: state tt rebuilds
   * from its records (the timer state), written without the fsync (several milliseconds), and
   * emptied rather than left stale when the commit cannot finish.
   */
  write(path: string, text: string | Uint8Array, opts: { derived?: boolean } = {}): void {
    this.requireOpen(path);
    const tmp = writeTemp(this.fs, path, text, { durable: !opts.derived, made: this.dirs });
    this.renames.push({ tmp, path, derived: Boolean(opts.derived), existed: exists(this.fs, path) });
    if (typeof text === 'string') this.texts.set(path, text);
  }

  /** Appends a line (as appendLine in io.ts does) at the commit; the lines for one file are one write. */
  appendLine(path: string, line: string): void {
    this.requireOpen(path);
    const text = prepareAppend(this.fs, path, line, this.dirs);
    this.appends.set(path, (this.appends.get(path) ?? '') + text);
  }

  /** The text `path` will have: what this transaction wrote to it, else the file's (null: none). */
  read(path: string): string | null {
    return this.texts.get(path) ?? readIfExists(this.fs, path);
  }

  /** Last writes before the commit (the store's events and timer state); called once, still open. */
  protected finish(): void {}

  /** Runs `fn` in this transaction: commits when it returns, leaves everything as it was when it throws. */
  run<T>(fn: (tx: this) => T): T {
    let result: T;
    const release = holdWrites(this.fs);
    try {
      result = fn(this);
      if (result instanceof Promise) throw new Error('bug: a transaction runs a synchronous function; read what it needs before');
      this.finish();
    } catch (err) {
      release();
      this.open = false;
      this.rollBack([]);
      throw err;
    }
    release();
    this.open = false;
    this.commit();
    return result;
  }

  private requireOpen(path: string): void {
    if (!this.open) throw new Error(`bug: ${path} written through a transaction that has ended`);
  }

  private commit(): void {
    const placed: string[] = []; // new files renamed into place, removed again on failure
    let committed = false;
    try {
      for (const r of this.renames.filter((x) => !x.existed)) {
        this.rename(r);
        placed.push(r.path);
      }
      for (const [path, text] of this.appends) appendText(this.fs, path, text);
      committed = this.appends.size > 0 || (placed.length > 0 && this.renames.every((x) => !x.existed));
      if (committed) noteChange();
      for (const r of this.renames.filter((x) => x.existed)) {
        this.rename(r);
        if (!committed) noteChange();
        committed = true;
      }
    } catch (err) {
      if (!committed) {
        this.rollBack(placed);
        throw err;
      }
      for (const r of this.renames) {
        if (!r.tmp) continue;
        removeQuietly(this.fs, r.tmp);
        if (r.derived && r.existed) spoil(this.fs, r.path);
      }
      throw err instanceof EnvError ? afterCommit(err, this.renames.find((r) => r.tmp && r.existed)) : err;
    }
  }

  private rename(r: Rename): void {
    try {
      this.fs.renameSync(r.tmp, r.path);
      r.tmp = '';
    } catch (err) {
      throw envFailure(err, `write ${r.path}`, this.fs, r.path);
    }
  }

  /** Before the commit point: removes every temp file, the new files placed and the folders made. */
  private rollBack(placed: readonly string[]): void {
    for (const r of this.renames) if (r.tmp) removeQuietly(this.fs, r.tmp);
    for (const path of placed) removeQuietly(this.fs, path);
    for (const d of [...this.dirs].reverse()) try { this.fs.rmdirSync(d); } catch { /* not empty, or gone */ }
  }
}

function afterCommit(err: EnvError, failed: Rename | undefined): EnvError {
  const hint = failed?.derived
    ? `The change itself was saved. Once there is room, \`tt doctor --repair\` rebuilds ${failed.path}.`
    : 'The change itself was saved, but not everything kept beside it. Once there is room, run the command again: it records nothing twice.';
  return new EnvError(err.message, hint);
}

/** Empties a derived file in place (no space needed), so that it reads as damaged, not as stale. */
function spoil(fs: Fs, path: string): void {
  let fd = -1;
  try {
    fd = fs.openSync(path, constants.O_WRONLY | constants.O_TRUNC | NOFOLLOW);
  } catch {
    /* missing (nothing stale to serve), or not even that can be done */
  } finally {
    if (fd >= 0) try { fs.closeSync(fd); } catch { /* closed anyway */ }
  }
}

function exists(fs: Fs, path: string): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
