// tt sync: fold, commit this device's files, fetch, rebase onto the remote, merge settings, push.
// Event files are per device, so they never conflict; settings merge by Lamport clock per key; any
// other file changed on two sides (a calendar imported under one name on two machines) keeps this
// device's version, and the sync says so.
import type { Store } from '../store/store.ts';
import { foldBlocking } from '../store/fold-run.ts';
import { readIfExists } from '../store/io.ts';
import { mergeSettings, readSettingsFiles, recordSettings, clientKey, configKey } from '../store/settings.ts';
import { materializeClients, readClients } from '../store/clients-file.ts';
import { materializeConfig, readStoredConfig } from '../store/config-file.ts';
import type { Client } from '../core/client.ts';
import { join } from 'node:path';
import { gitIn, gitOk } from './git.ts';
import { hasRemoteBranch, head, recover } from './repo.ts';
import { describeSetting, findOverrides } from './overrides.ts';

export interface SyncReport {
  committed: boolean;
  pulled: number; // commits from other devices
  pushed: boolean;
  overrides: string[];
  notes: string[];
}

const STATE = (store: Store): string => join(store.p.state, 'sync.json');

function lastClock(store: Store): number {
  try {
    return (JSON.parse(readIfExists(store.ctx.fs, STATE(store)) ?? '{}') as { clock?: number }).clock ?? 0;
  } catch {
    return 0;
  }
}

/** Records settings that exist in clients.json/config.json but in no settings file (older data). */
export function seedSettings(store: Store): void {
  const { fs } = store.ctx;
  const known = mergeSettings(readSettingsFiles(fs, store.p.root));
  const changes: Record<string, unknown> = {};
  for (const c of readClients(fs, store.p.clients)) if (!known.has(clientKey(c.name))) changes[clientKey(c.name)] = c;
  for (const [k, v] of Object.entries(readStoredConfig(fs, store.p.config))) if (!known.has(configKey(k))) changes[configKey(k)] = v;
  store.transaction((tx) => recordSettings(tx, store.p.root, store.settingsStamp(), changes));
}

function commitLocal(store: Store): boolean {
  const root = store.p.root;
  gitOk(root, ['add', '-A'], 'git add');
  if (gitIn(root, ['diff', '--cached', '--quiet']).code === 0) return false;
  gitOk(root, ['commit', '-q', '-m', `tt sync from ${store.device()}`], 'git commit');
  return true;
}

function rebaseOntoRemote(store: Store, notes: string[]): number {
  const root = store.p.root;
  if (!hasRemoteBranch(root)) return 0;
  const before = head(root);
  const incoming = Number(gitIn(root, ['rev-list', '--count', 'HEAD..origin/main']).stdout.trim() || 0);
  if (!before) {
    gitOk(root, ['reset', '-q', '--hard', 'origin/main'], 'git reset');
    return incoming;
  }
  let r = gitIn(root, ['rebase', '-q', 'origin/main']);
  for (let guard = 0; r.code !== 0 && guard < 100; guard++) {
    const conflicted = gitIn(root, ['diff', '--name-only', '--diff-filter=U']).stdout.split('\n').filter(Boolean);
    if (!conflicted.length) break;
    for (const path of conflicted) {
      // In a rebase "theirs" is the local commit being replayed: this device's version wins.
      gitOk(root, ['checkout', '--theirs', '--', path], 'git checkout');
      gitOk(root, ['add', '--', path], 'git add');
      notes.push(`${path} was changed on two devices; this device's version was kept`);
    }
    r = gitIn(root, ['-c', 'core.editor=true', 'rebase', '--continue']);
  }
  if (r.code !== 0) {
    gitIn(root, ['rebase', '--abort']);
    gitOk(root, ['rebase', 'origin/main'], 'git rebase');
  }
  return incoming;
}

function materialize(store: Store, report: SyncReport): void {
  const { fs } = store.ctx;
  const files = readSettingsFiles(fs, store.p.root);
  const winners = mergeSettings(files);
  const since = lastClock(store);
  for (const o of findOverrides(files, winners, since)) {
    report.overrides.push(`${describeSetting(o.key, o.kept.value)} from ${o.kept.device} overrode ${describeSetting(o.key, o.dropped.value)} from ${o.dropped.device}`);
  }
  const clients: Client[] = [];
  const config: Record<string, never> = {};
  let clock = since;
  for (const w of winners.values()) {
    clock = Math.max(clock, w.clock);
    if (w.value === null) continue;
    if (w.key.startsWith('client:')) clients.push(w.value as Client);
    else if (w.key.startsWith('config:')) config[w.key.slice(7)] = w.value as never;
  }
  // The merged views and the clock they were made at, together or not at all.
  store.transaction((tx) => {
    materializeClients(tx, store.p.clients, clients);
    materializeConfig(tx, store.p.config, config);
    tx.write(STATE(store), `${JSON.stringify({ clock })}\n`);
  });
}

export async function sync(store: Store): Promise<SyncReport> {
  const root = store.p.root;
  const report: SyncReport = { committed: false, pulled: 0, pushed: false, overrides: [], notes: [] };
  store.lock(() => {
    report.notes.push(...recover(store.ctx.fs, root));
  });
  for (const w of foldBlocking(store).warnings) report.notes.push(w);
  store.lock(() => {
    seedSettings(store);
    report.committed = commitLocal(store);
  });
  for (let attempt = 0; attempt < 3; attempt++) {
    gitOk(root, ['fetch', '-q', 'origin'], 'fetching from the remote');
    store.lock(() => {
      report.pulled += rebaseOntoRemote(store, report.notes);
      materialize(store, report);
    });
    const local = head(root);
    if (!local || local === head(root, 'refs/remotes/origin/main')) break;
    const push = gitIn(root, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
    if (push.code === 0) {
      report.pushed = true;
      gitIn(root, ['fetch', '-q', 'origin']);
      break;
    }
    if (!/rejected|non-fast-forward|fetch first/i.test(push.stderr)) gitOk(root, ['push', '-q', 'origin', 'HEAD:refs/heads/main'], 'pushing to the remote');
  }
  const h = await store.history();
  store.transaction((tx) => tx.syncTimer(h.entries));
  // Invoice numbers are unique per machine; two machines may have used the same one before syncing.
  const { readInvoices } = await import('../invoices/store.ts');
  const { duplicateNumbers } = await import('../invoices/find.ts');
  for (const n of duplicateNumbers((await readInvoices(store.ctx.fs, store.p.invoices)).invoices)) {
    report.notes.push(`invoice number ${n} was used on two devices; \`tt invoice list\` shows both`);
  }
  return report;
}
