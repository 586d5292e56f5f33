// tt sync: fetch (without the lock), then in one hold of the lock fold, commit this device's files,
// check what the remote holds against what this device holds (verify.ts), merge (merge.ts), write
// the merged files, then in one transaction materialise settings and the timer state; then push
// (without the lock). A push the remote
// rejected because another device pushed in between starts over. The lock is never held across
// the network: other commands wait 15 s for it at most, and an add beside a sync never fails.
// docs/sync.md has the rules; docs/architecture.md, "Sync", how they are built.
import { join } from 'node:path';
import { DataError, EnvError } from '../core/errors.ts';
import type { Client } from '../core/client.ts';
import { isLocalKey } from '../core/config-keys.ts';
import type { Entry, TimeEvent } from '../core/events.ts';
import { replay } from '../core/replay.ts';
import type { Store } from '../store/store.ts';
import type { Fs } from '../platform/fs.ts';
import { asideDue, asideFiles, foldLocked } from '../store/fold.ts';
import { readIfExists, refuseLinks, writeAtomic } from '../store/io.ts';
import { mergeSettings, readSettingsFiles, recordSettings, clientKey, configKey } from '../store/settings.ts';
import { readClientsLoose } from '../store/clients-fast.ts';
import { materializeConfig, readStoredConfig, type ConfigValues } from '../store/config-file.ts';
import type { StoreTx } from '../store/store-tx.ts';
import { defaultDeviceName, deviceKey, deviceNames, nameOf } from '../store/device-names.ts';
import { failed, Git, GitFailure, MAX_OUTPUT, syncEnv, TooLarge } from './git.ts';
import { BASE_REF, commitStaged, INCOMING_REF, keepRules, recover, stageOwn } from './repo.ts';
import { describeOverride, findOverrides } from './overrides.ts';
import { choose, type Choice, type Oids } from './merge.ts';
import { checkGroup, groupChanges, needsBase, type Change, type Problem } from './verify.ts';
import { refusal } from './refusal.ts';
import { originMerges } from './origins.ts';
import { appendedLines, recordsOf, shardLines } from './records.ts';
import { machinePath, syncedPath } from './paths.ts';

export interface SyncReport {
  committed: boolean;
  pulled: number; // commits from other devices
  pushed: boolean;
  overrides: string[];
  notes: string[];
  /** Entries imported on two devices (one origin), kept once. */
  merged: number;
  /** With --restore: records (or files) put back on the remote. */
  restored: number;
}

export interface SyncOptions {
  /** Take a remote that lost or changed what this device holds, and put it all back on top. */
  restore?: boolean;
}

const STATE = (store: Store): string => join(store.p.state, 'sync.json');
const ATTEMPTS = 8;

/** A remote's file larger than any tt writes: refused (a remote must not make tt run out of memory). */
function tooLarge(path: string): DataError {
  return new DataError(
    `the remote holds ${path}, larger than ${MAX_OUTPUT >> 20} MB, which no tt writes; nothing was taken from it, nothing here changed, and nothing was pushed`,
    '`tt sync --restore` does not take it either: remove it on the remote (in a clone: `git rm`, commit, push), then `tt sync`. See docs/sync.md.',
  );
}

/** Reads a remote's file; one larger than any tt writes is refused, naming it. */
async function readLimited<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof TooLarge) throw tooLarge(path);
    throw err;
  }
}

function lastClock(store: Store): number {
  try {
    return (JSON.parse(readIfExists(store.ctx.fs, STATE(store)) ?? '{}') as { clock?: number }).clock ?? 0;
  } catch {
    return 0;
  }
}

/**
 * Records what exists in clients.json/config.json but in no settings file (older data), and this
 * device's name (the host name until `tt device name` or `sync init --device` gives one).
 */
export async function seedSettings(store: Store, name?: string): Promise<void> {
  const { fs } = store.ctx;
  const known = mergeSettings(readSettingsFiles(fs, store.p.root));
  const changes: Record<string, unknown> = {};
  // Names first, without the schemas; a client to record is read whole and checked.
  if (readClientsLoose(fs, store.p.clients).some((c) => !known.has(clientKey(c.name)))) {
    const { readClients } = await import('../store/clients-file.ts');
    for (const c of readClients(fs, store.p.clients)) if (!known.has(clientKey(c.name))) changes[clientKey(c.name)] = c;
  }
  for (const [k, v] of Object.entries(readStoredConfig(fs, store.p.config))) if (!isLocalKey(k) && !known.has(configKey(k))) changes[configKey(k)] = v;
  const me = deviceKey(store.device());
  const chosen = name ?? (known.has(me) ? null : defaultDeviceName(store.ctx.host));
  if (chosen && known.get(me)?.value !== chosen) changes[me] = chosen;
  if (Object.keys(changes).length) store.transaction((tx) => recordSettings(tx, store.p.root, store.settingsStamp(), changes));
}

/**
 * clients.json and config.json from the merged settings (this machine's own keys kept), and what was
 * overridden: read and merged now, returned as the writes that make them (with the clock they were
 * made at), for the transaction that also leaves the timer state.
 */
async function mergedViews(store: Store, report: SyncReport): Promise<(tx: StoreTx) => void> {
  const { materializeClients } = await import('../store/clients-file.ts');
  const { fs } = store.ctx;
  const files = readSettingsFiles(fs, store.p.root);
  const winners = mergeSettings(files);
  const names = deviceNames(files);
  const since = lastClock(store);
  for (const o of findOverrides(files, winners, since)) {
    if (o.key.startsWith('config:') && isLocalKey(o.key.slice(7))) continue;
    report.overrides.push(describeOverride(o, names));
  }
  const clients: Client[] = [];
  const config: ConfigValues = {};
  let clock = since;
  for (const w of winners.values()) {
    clock = Math.max(clock, w.clock);
    if (w.value === null) continue;
    if (w.key.startsWith('client:')) clients.push(w.value as Client);
    else if (w.key.startsWith('config:') && !isLocalKey(w.key.slice(7))) config[w.key.slice(7)] = w.value as never;
  }
  for (const [k, v] of Object.entries(readStoredConfig(fs, store.p.config))) if (isLocalKey(k)) config[k] = v;
  return (tx) => {
    materializeClients(tx, store.p.clients, clients);
    materializeConfig(tx, store.p.config, config);
    tx.write(STATE(store), `${JSON.stringify({ clock })}\n`);
  };
}

/** This device's branch, the remote's as fetched (null: the remote has none) and the base; one git run. */
async function readRefs(git: Git, remoteEmpty: boolean): Promise<{ head: string | null; remote: string | null; base: string | null }> {
  const out = await git.run(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads/main', INCOMING_REF, BASE_REF], 'git for-each-ref');
  const refs = new Map(out.split('\n').filter(Boolean).map((l) => l.split(' ') as [string, string]));
  return { head: refs.get('refs/heads/main') ?? null, remote: remoteEmpty ? null : refs.get(INCOMING_REF) ?? null, base: refs.get(BASE_REF) ?? null };
}

interface Diffed {
  path: string;
  oursOid: string | null;
  theirsOid: string | null;
  theirsMode: string | null;
}

const NULL_OID = /^0+$/;

/** Paths that differ between `head` (null: nothing committed yet) and `remote`, with their blobs. */
async function changedPaths(git: Git, head: string | null, remote: string): Promise<Diffed[]> {
  const out: Diffed[] = [];
  if (!head) {
    const fields = (await git.run(['ls-tree', '-r', '-z', remote], 'git ls-tree')).split('\0').filter(Boolean);
    for (const f of fields) {
      const [meta, path] = [f.slice(0, f.indexOf('\t')), f.slice(f.indexOf('\t') + 1)];
      const [mode, , oid] = meta.split(' ') as [string, string, string];
      out.push({ path, oursOid: null, theirsOid: oid, theirsMode: mode });
    }
    return out;
  }
  const fields = (await git.run(['diff-tree', '-r', '-z', '--no-renames', head, remote], 'git diff-tree')).split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i]!;
    if (!meta.startsWith(':')) break;
    const [, newMode, oldOid, newOid] = meta.slice(1).split(' ') as [string, string, string, string];
    out.push({ path: fields[i + 1]!, oursOid: NULL_OID.test(oldOid) ? null : oldOid, theirsOid: NULL_OID.test(newOid) ? null : newOid, theirsMode: NULL_OID.test(newOid) ? null : newMode });
  }
  return out;
}

/** The blobs at `paths` in `commit` (one git run), by path. */
async function blobsAt(git: Git, commit: string | null, paths: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!commit || !paths.length) return out;
  for (const f of (await git.run(['ls-tree', '-z', commit, '--', ...paths], 'git ls-tree')).split('\0')) {
    const [meta, path] = [f.slice(0, f.indexOf('\t')), f.slice(f.indexOf('\t') + 1)];
    const [, type, oid] = meta.split(' ');
    if (type === 'blob' && oid) out.set(path, oid);
  }
  return out;
}

type Read = Change & { oids: Oids };

/**
 * Every path that differs, with what the comparison needs: this device's text (from the files, the
 * same as its commit), the remote's (a record file's; a calendar's only by its blob), and the base
 * where it matters (this device's own record files; calendars and paths that are not tt's by blob).
 */
async function readChanges(git: Git, fs: Fs, root: string, me: string, head: string | null, remote: string, base: string | null): Promise<Read[]> {
  const diffed = await changedPaths(git, head, remote);
  const baseOids = await blobsAt(git, base, diffed.map((d) => d.path));
  const changes: Read[] = await Promise.all(
    diffed.map(async (d) => {
      const s = syncedPath(d.path);
      const linked = d.theirsMode === '120000' || d.theirsMode === '160000';
      const baseOid = baseOids.get(d.path) ?? null;
      const theirsIsBase = baseOid !== null && baseOid === d.theirsOid;
      const ours = d.oursOid && s ? readIfExists(fs, join(root, d.path)) : null;
      // This device's own shard, settings or records the remote left as they were need not be read;
      // a path that is not tt's is never read, only named.
      const ownUntouched = theirsIsBase && s?.device === me;
      const theirs = !d.theirsOid ? null : s && !linked && s.kind !== 'calendar' && !ownUntouched ? await readLimited(d.path, () => git.run(['cat-file', 'blob', d.theirsOid!], 'git cat-file')) : '';
      const c: Read = { path: d.path, ours, theirs, base: null, theirsMode: d.theirsMode, theirsIsBase, oids: { ours: d.oursOid, theirs: d.theirsOid, base: baseOid } };
      if (baseOid && !theirsIsBase && needsBase(c, me)) c.base = await readLimited(d.path, () => git.run(['cat-file', 'blob', baseOid], 'git cat-file'));
      return c;
    }),
  );
  return changes.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Folds the journal, with the lock held, when it holds records (as Store.fold: a journal set aside
 * within its grace period was folded already, see fold.ts); else nothing is done and no schemas load.
 */
async function foldWaiting(store: Store): Promise<string[]> {
  const { ctx, p } = store;
  const { fs } = ctx;
  if (!(fs.existsSync(p.journal) && fs.statSync(p.journal).size > 0) && !asideFiles(ctx, p).some((f) => asideDue(ctx, f))) return [];
  const { validateActivity, validateTime } = await import('../store/validators.ts');
  return foldLocked(ctx, p, { validateTime, validateActivity, device: store.device() }).warnings;
}

/** One hold of the lock: everything between fetch and push. Returns whether there is something to push. */
async function integrate(store: Store, git: Git, report: SyncReport, opts: SyncOptions, remoteEmpty: boolean): Promise<boolean> {
  const { ctx, p } = store;
  const { fs } = ctx;
  const me = store.device();
  report.notes.push(...(await recover(fs, git)));
  const folded = (): Promise<string[]> => foldWaiting(store);
  report.notes.push(...(await folded()));
  keepRules(fs, p.root);
  await seedSettings(store);
  const names = deviceNames(readSettingsFiles(fs, p.root));
  const message = `tt sync from ${nameOf(names, me)}`;
  // This device's changes are staged now and committed alone when nothing came, else within the
  // merge (one commit, not two).
  const staged = await stageOwn(fs, git);
  report.committed = report.committed || staged;
  const commitOwn = async (): Promise<boolean> => {
    if (staged) await commitStaged(git, message);
    return staged;
  };
  const { head, remote, base } = await readRefs(git, remoteEmpty);
  if (!remote) return (await commitOwn()) || head !== null; // an empty remote: push what there is
  if (remote === head && !staged) {
    if (base !== remote) await git.run(['update-ref', BASE_REF, remote], 'git update-ref');
    return false;
  }
  // This device's side: its commit, or with changes staged the tree they make.
  const ours = staged ? (await git.run(['write-tree'], 'git write-tree')).trim() : head;
  // Both at once: how many commits came, and what differs (read for nothing when none came).
  const [incoming, changes] = await Promise.all([
    head ? git.run(['rev-list', '--count', `${head}..${remote}`], 'git rev-list').then((out) => Number(out.trim() || 0)) : Promise.resolve(1),
    readChanges(git, fs, p.root, me, ours, remote, base),
  ]);
  if (incoming === 0) {
    await commitOwn(); // the remote is behind: nothing to take
    return true;
  }

  // Check: nothing taken away, nothing that is not tt's.
  const { groups, problems, dropped } = groupChanges(changes, me);
  for (const g of groups) {
    let found = checkGroup(g);
    if (found.some((f) => f.kind === 'deleted') && (g.kind === 'time' || g.kind === 'activity') && g.device) {
      // A compaction may have moved a record into a file that did not change: look there too.
      const dir = join(p.root, g.kind === 'time' ? 'events' : 'activity', g.device);
      const elsewhere = new Set<string>();
      for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
        const rel = `${g.kind === 'time' ? 'events' : 'activity'}/${g.device}/${name}`;
        if (g.changes.some((c) => c.path === rel) || !syncedPath(rel)) continue;
        for (const id of recordsOf(g.kind, readIfExists(fs, join(dir, name)))!.keys()) elsewhere.add(id);
      }
      found = checkGroup(g, elsewhere);
    }
    problems.push(...found);
  }
  if (problems.length && !opts.restore) throw await refusalError(git, head, remote, problems);
  const damaged = new Set(problems.flatMap((x) => x.paths));
  if (opts.restore) report.restored += problems.reduce((n, x) => n + Math.max(x.records, 1), 0);
  const onRemote = dropped.filter((d) => changes.find((c) => c.path === d)?.theirs !== null);
  const machine = onRemote.filter(machinePath);
  const old = onRemote.filter((d) => !machinePath(d));
  if (machine.length) report.notes.push(`${listed(machine)} ${machine.length === 1 ? 'is' : 'are'} a machine's own (an older tt synced ${machine.length === 1 ? 'it' : 'them'}): never taken here, and left out of the remote from now on`);
  if (old.length) report.notes.push(`${listed(old)} ${old.length === 1 ? 'is' : 'are'} not one of tt's files: left out of the remote from now on`);

  // Merge: what each differing path holds afterwards. `differs`: the merge is not the remote's tree
  // as it is (this device has something of its own), so it is a commit of its own.
  let differs = false;
  const writes: { path: string; text: Buffer | string | null }[] = [];
  for (const c of changes) {
    const { choice, note } = choose(c, c.oids, me, damaged, Boolean(opts.restore));
    if (note) report.notes.push(note);
    if (choice.take === 'ours' || choice.take === 'text' || (choice.take === 'remove' && c.oids.theirs)) differs = true;
    const disk = await onDisk(git, c, choice);
    if (disk !== undefined) writes.push({ path: c.path, text: disk });
  }
  const came = (top: string): boolean => writes.some((w) => w.path.startsWith(top));
  // The files first, then git's index and branch: a sync killed in between leaves files that the
  // next one commits as this device's view, which matches the remote's, so nothing is lost or
  // doubled (and recover() clears a merge left begun).
  for (const w of writes) {
    const path = join(p.root, w.path);
    if (w.text === null) {
      refuseLinks(fs, path);
      try {
        fs.unlinkSync(path);
      } catch {
        /* gone already */
      }
    } else writeAtomic(fs, path, w.text);
  }
  // The index held this device's commit; with the files taken it holds the merge.
  if (writes.length) await git.run(['add', '-A', '--force', '--', ...writes.map((w) => w.path)], 'git add');
  let push = differs;
  if (!differs) {
    await git.run(['update-ref', '-m', 'tt sync', 'refs/heads/main', remote, ...(head ? [head] : [])], 'git update-ref');
  } else {
    if (head) writeAtomic(fs, join(p.root, '.git', 'MERGE_HEAD'), `${remote}\n`);
    else await git.run(['update-ref', 'refs/heads/main', remote], 'git update-ref');
    await git.run(['commit', '-q', '--no-verify', '-m', `${message}: merged`], 'git commit');
  }
  report.pulled += incoming;

  // What came may change clients.json, config.json and the timer state, and two devices may have
  // imported the same file: what follows from it is written in one transaction.
  const views = came('settings/') ? await mergedViews(store, report) : null;
  const brought = incomingTime(changes, writes);
  let entries: Entry[] | null = null;
  let merges: TimeEvent[] = [];
  if (brought.origins || brought.timer) {
    // History is read in full only when what came can change it beyond new finished entries.
    const { readShards } = await import('../store/read.ts');
    const h = store.historyWith(readShards);
    if (brought.origins) merges = await mergeOrigins(store, report, h.entries);
    entries = merges.length ? replay([...h.events, ...merges]) : h.entries;
  }
  if (views || entries) {
    store.transaction((tx) => {
      views?.(tx);
      if (merges.length) tx.append(merges);
      if (entries) tx.syncTimer(entries);
    });
  }
  if (views) store.invalidateConfig();
  if (merges.length) {
    report.notes.push(...(await folded()));
    if (await stageOwn(fs, git)) {
      await commitStaged(git, message);
      push = true;
    }
  }
  if (came('invoices/')) await duplicateNumbers(store, report);
  if (push) return true;
  // Nothing of ours to push: the remote as taken is the base of the next comparison (after a
  // push, git moves it to what was pushed).
  await git.run(['update-ref', BASE_REF, remote], 'git update-ref');
  return false;
}

/** What one choice writes here: the remote's bytes, a restored file's text, null to remove it, or nothing. */
async function onDisk(git: Git, c: Read, choice: Choice): Promise<Buffer | string | null | undefined> {
  if (choice.take === 'text') return choice.text;
  if (choice.take !== 'theirs') return undefined;
  if (!c.oids.theirs) return null;
  // A record file's text was read (and checked) already; a calendar copy is read as bytes.
  const oid = c.oids.theirs;
  return c.theirs ? c.theirs : readLimited(c.path, () => git.blob(oid));
}

/** Entries imported on two devices, kept once: the deletions to record as this sync's own events. */
async function mergeOrigins(store: Store, report: SyncReport, entries: readonly Entry[]): Promise<TimeEvent[]> {
  const schemas = await import('../invoices/schema.ts');
  const { readInvoicesWith } = await import('../invoices/store.ts');
  const billed = new Set(readInvoicesWith(store.ctx.fs, store.p.invoices, schemas).invoices.flatMap((i) => i.entries));
  const { merges, billedTwice } = originMerges(entries, billed);
  for (const origin of billedTwice) report.notes.push(`${origin} was imported on two devices and both copies are on invoices: keep one (\`tt invoice void\` the other invoice, then \`tt delete\` the extra entry)`);
  const dropped = merges.flatMap((m) => m.dropped);
  if (!dropped.length) return [];
  const action = store.newId();
  report.merged += dropped.length;
  report.notes.push(`${dropped.length === 1 ? '1 entry was' : `${dropped.length} entries were`} imported on two devices (the same source records): each is kept once`);
  return dropped.map((entry) => ({ ...store.stamp(action, 'sync'), id: store.newId(), kind: 'delete', entry }));
}

/**
 * What the time records this sync wrote here bring: an imported entry (which another device may
 * have imported too), or anything but a finished entry (an edit, a delete, an undo, a running
 * timer), which may change what runs now. New finished entries change neither.
 */
function incomingTime(changes: readonly Read[], writes: readonly { path: string; text: Buffer | string | null }[]): { origins: boolean; timer: boolean } {
  const out = { origins: false, timer: false };
  for (const w of writes) {
    if (!w.path.startsWith('events/')) continue;
    if (w.text === null) {
      out.timer = true;
      continue;
    }
    const ours = changes.find((c) => c.path === w.path)?.ours ?? null;
    const text = w.text.toString();
    const added = ours === null ? shardLines(text) : appendedLines('time', ours, text);
    const had = added ? new Map() : recordsOf('time', ours)!;
    const parse = (l: string): unknown => {
      try {
        return JSON.parse(l);
      } catch {
        return null; // not a record: brings nothing
      }
    };
    // A finished entry that is not an import, told by its text without parsing it: in JSON a quote
    // inside a string is escaped, so these can only be the record's own keys.
    const plain = (l: string): boolean => l.includes('"kind":"entry"') && !l.includes('"end":null') && !l.includes('"origin":');
    const fresh = added ? added.filter((l) => !plain(l)).map(parse) : [...recordsOf('time', text)!].filter(([id]) => !had.has(id)).map(([, r]) => r.value);
    for (const v of fresh) {
      const e = v as { kind?: string; end?: unknown; origin?: unknown };
      if (e.kind === 'entry' && e.origin) out.origins = true;
      if (e.kind !== 'entry' || e.end === null) out.timer = true;
      if (out.origins && out.timer) return out;
    }
  }
  return out;
}

async function duplicateNumbers(store: Store, report: SyncReport): Promise<void> {
  // Invoice numbers are unique per machine; two machines may have used the same one before syncing.
  const { readInvoices } = await import('../invoices/store.ts');
  const { duplicateNumbers: dups } = await import('../invoices/find.ts');
  for (const n of dups((await readInvoices(store.ctx.fs, store.p.invoices)).invoices)) {
    report.notes.push(`invoice number ${n} was used on two devices; \`tt invoice list\` shows both`);
  }
}

const listed = (paths: readonly string[]): string => (paths.length > 4 ? `${paths.slice(0, 4).join(', ')} and ${paths.length - 4} more` : paths.join(', '));

async function refusalError(git: Git, head: string | null, remote: string, problems: Problem[]): Promise<DataError> {
  const paths = [...new Set(problems.flatMap((x) => x.paths))];
  const range = head ? [remote, `^${head}`] : [remote];
  const by = (await git.maybe(['log', '-n1', '--format=%h%x09%s%x09%an', ...range, '--', ...paths.slice(0, 50)]))?.trim() || (await git.maybe(['log', '-n1', '--format=%h%x09%s%x09%an', remote]))?.trim() || '';
  const [sha, subject, author] = by.split('\t');
  return refusal(problems, sha ? { sha, subject: subject ?? '', author: author ?? '' } : null);
}

/**
 * Fetches the remote's branch into INCOMING_REF, without the lock (the network), leaving the base
 * as it was. True when the remote has no branch yet (a new, empty remote).
 */
async function fetch(git: Git): Promise<boolean> {
  try {
    // No maintenance after the fetch: every commit of a sync runs git's automatic maintenance anyway.
    await git.raw(['-c', 'maintenance.auto=false', 'fetch', '-q', '--no-tags', '--refmap=', 'origin', `+refs/heads/main:${INCOMING_REF}`]);
    return false;
  } catch (err) {
    if (err instanceof GitFailure && /couldn't find remote ref/i.test(err.output)) return true;
    throw failed(err, 'fetching from the remote');
  }
}

export async function sync(store: Store, opts: SyncOptions = {}): Promise<SyncReport> {
  const git = new Git(store.p.root, syncEnv(store.ctx.env));
  const report: SyncReport = { committed: false, pulled: 0, pushed: false, overrides: [], notes: [], merged: 0, restored: 0 };
  for (let attempt = 1; ; attempt++) {
    // While the fetch waits for the network, the journal is folded in a short hold of its own (the
    // hold below folds what arrives meanwhile): the lock is never held for the network's sake.
    const fetching = fetch(git);
    fetching.catch(() => undefined); // awaited below; its failure is reported there
    report.notes.push(...(await store.lockAsync(() => foldWaiting(store))));
    const remoteEmpty = await fetching;
    const hold = store.lockAsync(() => integrate(store, git, report, opts, remoteEmpty));
    if (!(await readLimited("the remote's tree", () => hold))) break;
    try {
      // A push moves refs/remotes/origin/main (the base) to what it pushed.
      await git.raw(['push', '-q', 'origin', 'HEAD:refs/heads/main']);
      report.pushed = true;
      break;
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      if (!/rejected|non-fast-forward|fetch first|stale info/i.test(text)) throw failed(err, 'pushing to the remote');
      if (attempt >= ATTEMPTS) {
        throw new EnvError(`the remote changed ${ATTEMPTS} times while this sync pushed; nothing was lost`, 'Another device is syncing right now: run `tt sync` again in a moment.');
      }
      // Another device pushed in between: give it a moment, at random, so two devices do not keep meeting.
      await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 80 * attempt)));
    }
  }
  return report;
}

