// Which paths of the data folder sync, and what each holds. Sync carries only what is the user's
// across devices; everything else is this machine's and never leaves it. A path from a remote that
// is neither (a script, a .gitattributes, a file beside the shards) is not tt's, and is refused.
// Pure.
import { DEVICE_RE } from '../store/device.ts';
import { NAME_RE } from '../core/client.ts';

/**
 * What a synced file holds, which decides how a remote's version of it is checked and merged:
 *  - `time`, `activity`: month shards, records by id, written only by `device`;
 *  - `records`: an invoice's later history (sent, paid, void), records by id, appended only by `device`;
 *  - `settings`: `device`'s changes to clients, config and its name, per key with a clock;
 *  - `invoice`: one issued invoice, written once (by the device it names);
 *  - `calendar`: the calendar index and the imported .ics copies, replaced whole by whoever imports;
 *  - `ignore-file`: tt's .gitignore.
 */
export type SyncedKind = 'time' | 'activity' | 'records' | 'settings' | 'invoice' | 'calendar' | 'ignore-file';

export interface Synced {
  kind: SyncedKind;
  /** The device whose file it is (time, activity, records, settings). */
  device?: string;
}

const SHARD = /^\d{4}-\d{2}\.json$/;
const INVOICE = /^[0-9A-Za-z][0-9A-Za-z._-]*\.json$/;

/** The synced kind of a path (git's form: relative, `/`-separated), or null when it does not sync. */
export function syncedPath(path: string): Synced | null {
  const parts = path.split('/');
  if (parts.length === 1) return path === '.gitignore' ? { kind: 'ignore-file' } : null;
  const [top, a, b] = parts as [string, string, string | undefined];
  if ((top === 'events' || top === 'activity') && parts.length === 3 && DEVICE_RE.test(a) && SHARD.test(b!)) {
    return { kind: top === 'events' ? 'time' : 'activity', device: a };
  }
  if (top === 'settings' && parts.length === 2 && a.endsWith('.json') && DEVICE_RE.test(a.slice(0, -5))) return { kind: 'settings', device: a.slice(0, -5) };
  if (top === 'invoices' && parts.length === 2 && INVOICE.test(a)) return { kind: 'invoice' };
  if (top === 'invoices' && a === 'events' && parts.length === 3 && b!.endsWith('.jsonl') && DEVICE_RE.test(b!.slice(0, -6))) {
    return { kind: 'records', device: b!.slice(0, -6) };
  }
  if (top === 'calendars' && parts.length === 2 && (a === 'index.json' || (a.endsWith('.ics') && NAME_RE.test(a.slice(0, -4))))) return { kind: 'calendar' };
  return null;
}

/**
 * tt's own files that belong to one machine: the device id and invoice series, the lock, the journal,
 * derived state (the timer, caches, calendar sources), quarantine, this device's views of the merged
 * settings, the hooks registry (this machine's repos), the global hook template and standalone hooks,
 * and temp files. An older tt synced some of them; one that arrives from a remote is left out, never
 * written here, and this device's own copy stays.
 */
export function machinePath(path: string): boolean {
  if (/\.tmp$/.test(path)) return true;
  const top = path.split('/')[0]!;
  if (['state', 'quarantine', 'git-template', 'hooks'].includes(top) && path.includes('/')) return true;
  return /^(device|series|lock|lock\..*|journal\.ndjson|journal\..*\.aside|clients\.json|config\.json|hooks\.json)$/.test(path);
}

/** The folders and files `git add` is pointed at: everything that may sync lives below these. */
export const SYNCED_ROOTS = ['.gitignore', 'events', 'activity', 'settings', 'invoices', 'calendars'];

/**
 * .gitignore, written at `tt sync init` and kept: what stays local, for a person looking at the
 * repository. tt does not rely on it: it stages only the paths above (a remote may change this file).
 */
export const GITIGNORE = [
  '/device',
  '/series',
  '/lock',
  '/lock.*',
  '/state/',
  '/journal.ndjson',
  '/journal.*.aside',
  '*.tmp',
  '/quarantine/',
  '/clients.json',
  '/config.json',
  '/hooks.json',
  '/git-template/',
  '/hooks/',
  '',
].join('\n');
