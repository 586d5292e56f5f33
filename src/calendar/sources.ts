// Where each imported calendar came from, on this machine: state/calendars/sources.json (local,
// never synced; a private iCal URL is a secret, and a path means nothing on another machine).
// `tt calendar refresh` reads a calendar again from here.
import { join } from 'node:path';
import { DataError } from '../core/errors.ts';
import type { Fs } from '../platform/fs.ts';
import { DocumentAdapter, openDocument } from '../store/document.ts';
import type { Transaction } from '../store/transaction.ts';

export interface Source {
  /** An absolute path, or */
  path?: string;
  /** an http(s) URL (webcal:// is stored as https://). */
  url?: string;
}

interface SourcesDoc {
  version: number;
  sources: Record<string, Source>;
}

export function stateDir(stateRoot: string): string {
  return join(stateRoot, 'calendars');
}

function adapter(fs: Fs, stateRoot: string): DocumentAdapter<SourcesDoc> {
  const path = join(stateDir(stateRoot), 'sources.json');
  return new DocumentAdapter<SourcesDoc>(fs, path, (raw) => {
    const sources = (raw as { sources?: unknown }).sources;
    if (!sources || typeof sources !== 'object' || Array.isArray(sources)) throw new DataError(`${path} is damaged: no "sources" map; it was left as it is`);
    return raw as SourcesDoc;
  });
}

export function readSources(fs: Fs, stateRoot: string): Record<string, Source> {
  const all = openDocument(adapter(fs, stateRoot), { version: 1, sources: {} }).data.sources;
  const clean: Record<string, Source> = {};
  for (const [name, s] of Object.entries(all)) {
    if (typeof s?.path === 'string') clean[name] = { path: s.path };
    else if (typeof s?.url === 'string') clean[name] = { url: s.url };
  }
  return clean;
}

/** Sets (or with null, forgets) the source of each name given, in the caller's transaction; the rest stay as they are. */
export function updateSources(tx: Transaction, stateRoot: string, changes: Record<string, Source | null>): void {
  const sources = readSources(tx.fs, stateRoot);
  for (const [name, s] of Object.entries(changes)) {
    if (s) sources[name] = s;
    else delete sources[name];
  }
  const doc = adapter(tx.fs, stateRoot);
  tx.write(doc.path, doc.text({ version: 1, sources }));
}

/** How a source is shown in every message: a path as it is, a URL without its secret parts. */
export function shownSource(s: Source): string {
  return s.url ? redactUrl(s.url) : s.path ?? '';
}

/**
 * A URL's secret part redacted: private calendar URLs carry their token in the path (Google's
 * /private-<token>/basic.ics, Outlook's and iCloud's long ids), the query or the user info, so only
 * the scheme and host are shown.
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    const rest = u.pathname.length > 1 || u.search || u.hash || u.username || u.password ? '/…' : '';
    return `${u.protocol}//${u.host}${rest}`;
  } catch {
    return '(a URL)';
  }
}

/** Replaces a URL, wherever it appears in a message (an error from fetch), by its redacted form. */
export function redactIn(text: string, url: string): string {
  const shown = redactUrl(url);
  let out = text.split(url).join(shown);
  try {
    const u = new URL(url);
    for (const secret of [u.href, u.pathname.length > 1 ? u.pathname : '', u.search, u.password, u.username]) if (secret) out = out.split(secret).join('…');
  } catch {
    /* not a URL: nothing more to hide */
  }
  return out;
}
