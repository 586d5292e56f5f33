// The shapes every importer produces and the planner consumes. Importers only read their format;
// mapping names to clients and skipping what is already in history happen once, for all of them.

export type ImportFormat = 'timewarrior' | 'watson' | 'toggl' | 'harvest' | 'clockify';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['timewarrior', 'watson', 'toggl', 'harvest', 'clockify'];

/** Where a record's client name comes from. `client` exists only in the CSV exports. */
export type ClientFrom = 'tag' | 'project' | 'client';

/** One time record as the source file holds it, before any name is mapped to a tt client. */
export interface SourceRecord {
  /** Stable key of the record in its source (see docs/import.md), stored on the entry as `origin`. */
  origin: string;
  /** Where it is in the file, for messages: "line 12", "interval 3", "frame 7". */
  where: string;
  /** Epoch ms. */
  start: number;
  /** Epoch ms; null: still running in the source tool. */
  end: number | null;
  client: string | null;
  project: string | null;
  tags: string[];
  note: string | null;
  /** Whose time it is, in team exports (Toggl, Harvest, Clockify). */
  user?: string | null;
}

/** What the user asked for: where names come from, and names mapped by hand. */
export interface MappingOptions {
  clientFrom: ClientFrom;
  /** Source name, lower-cased, to "client" or "client/project" as typed after `--map NAME=`. */
  map: Map<string, { client: string; project?: string }>;
  /** Team exports: only this person's records (case-insensitive); others are skipped as `other-user`. */
  user?: string;
}

/** A record ready to become a tracked entry. */
export interface PlannedEntry {
  origin: string;
  where: string;
  start: number;
  end: number;
  client: string;
  project?: string;
  tags: string[];
  note?: string;
}

export type SkipReason = 'already-imported' | 'deleted-since-import' | 'duplicate-in-file' | 'running' | 'empty' | 'unmapped' | 'ambiguous' | 'other-user';

export interface Skipped {
  origin: string;
  where: string;
  reason: SkipReason;
  /** The source names that did not map (`unmapped`), or the clients they mapped to (`ambiguous`). */
  names?: string[];
}
