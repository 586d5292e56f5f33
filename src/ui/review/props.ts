// What the review screen is given: the drafts, and the few side effects it may use, injected so
// tests pass fakes and the screen never touches the store itself.
import type { Draft, DraftSet } from '../../review/types.ts';

export interface ScreenProps {
  from: string;
  to: string;
  tz: string;
  set: DraftSet;
  clients: string[]; // for completion in the client prompt
  /** Reads a time as `tt edit` does: HH:MM on `day`, ISO-8601, or a phrase. Throws with a message. */
  parseTime: (text: string, day: string, label: string) => Promise<number>;
  /** "acme/web" to a known client and project; throws for an unknown client. */
  resolveTarget: (text: string) => { client: string; project?: string };
  /** Writes the accepted drafts and returns the summary to show last. */
  save: (drafts: Draft[]) => Promise<string> | string;
}
