// The events tt records. Tracked time is the replay of these, in id (ULID, so time) order; nothing
// is ever edited in place, so every device's events merge without conflict.

// 'sync': what a sync recorded itself (entries imported on two devices, kept once); never undone by `tt undo`.
export type Source = 'cli' | 'hook' | 'shell' | 'review' | 'import' | 'sync';

export interface EntryFields {
  client: string;
  project?: string;
  tags: string[];
  note?: string;
  /**
   * What only the user sees: the evidence `tt review` accepted the entry from ("review: 1 commit in
   * …"). Never printed on a client document; `note` is the user's own words and is.
   */
  internalNote?: string;
  estimateMin?: number;
}

interface Base {
  id: string; // ULID
  v: 1;
  device: string;
  at: string; // when it was recorded, UTC ISO-8601
  tz: string; // IANA zone of capture
  source: Source;
  action: string; // the user command it belongs to; `tt undo` reverts a whole action
}

/** An entry begins: `end` null is a running timer. */
export interface EntryEvent extends Base, EntryFields {
  kind: 'entry';
  entry: string;
  start: string;
  end: string | null;
  /** For imported entries: a stable key of the source record, so importing twice adds nothing. */
  origin?: string;
}

export interface EditEvent extends Base {
  kind: 'edit';
  entry: string;
  set: Partial<EntryFields> & { start?: string; end?: string | null; invoice?: string | null };
}

export interface DeleteEvent extends Base {
  kind: 'delete';
  entry: string;
}

export interface UndoEvent extends Base {
  kind: 'undo';
  undoes: string; // an action id
}

export type TimeEvent = EntryEvent | EditEvent | DeleteEvent | UndoEvent;

export interface Entry extends EntryFields {
  id: string;
  start: number;
  end: number | null;
  tz: string;
  source: Source;
  invoice?: string;
  /** The action that last changed it, so `tt undo` can say what it reverts. */
  lastAction: string;
  origin?: string;
}
