// A JSON document on disk with a version, read through lowdb with an adapter that writes atomically
// through tt's filesystem layer (so faults can be injected) and reports damage instead of replacing.
import { LowSync, type SyncAdapter } from 'lowdb';
import { DataError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { readIfExists, writeAtomic } from './io.ts';

export const VERSION = 1;

export class DocumentAdapter<T> implements SyncAdapter<T> {
  constructor(
    private readonly fs: Fs,
    readonly path: string,
    private readonly decode: (raw: unknown, text: string) => T,
    private readonly encode: (data: T) => string = (d) => `${JSON.stringify(d, null, 2)}\n`,
    /** Where text that is not JSON first goes wrong, in words a user can find in the file. */
    private readonly whereBroken?: (text: string) => string | null,
  ) {}

  read(): T | null {
    const text = readIfExists(this.fs, this.path);
    return text === null ? null : this.parse(text);
  }

  /** The document in `text` (this file's contents, read by the caller), checked as read() does. */
  parse(text: string): T {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw new DataError(`${this.path} is damaged: ${this.whereBroken?.(text) ?? (err as Error).message}; it was left as it is`);
    }
    const version = (raw as { version?: unknown })?.version;
    if (version !== VERSION) {
      throw new DataError(`${this.path} has version ${JSON.stringify(version)}; this tt reads version ${VERSION}`, 'Upgrade tt, or run `tt doctor`.');
    }
    return this.decode(raw, text);
  }

  write(data: T): void {
    writeAtomic(this.fs, this.path, this.encode(data));
  }

  /** The file's text for `data`, for a transaction to write. */
  text(data: T): string {
    return this.encode(data);
  }
}

export function openDocument<T>(adapter: DocumentAdapter<T>, empty: T): LowSync<T> {
  const db = new LowSync<T>(adapter, empty);
  db.read();
  return db;
}
