// Decides the client of repos tt has seen but not decided yet (a new clone matching a client's glob),
// without git: by the clients' --repo rules and --remote rules against the remotes in the repo's own
// config file. The fold runs it for the repos of the records it merged, `tt status` for today's, and
// `tt client add|set|remove` for every known repo and those on disk its rules name, so the prompt,
// which only reads state/repos, knows the client on its next refresh. Loaded only when there is
// something to decide: it brings picomatch.
import type { Client } from '../core/client.ts';
import { excludedBy, excludeRules } from '../core/repo-exclude.ts';
import { clientForRepo, expandHome } from '../core/repo-rules.ts';
import { dirname, join } from 'node:path';
import { readRemotes } from '../platform/git-remotes.ts';
import { readClientsLoose } from './clients-fast.ts';
import { writeAtomic } from './io.ts';
import { checkedPath, clientsStamp, formatRepoMap, readDecided, repoMapPath, undecided } from './repo-map.ts';
import type { Store } from './store.ts';

/** Decides `tops` not decided yet (every known repo when clients.json changed) and writes the map; returns it. */
export function decideRepos(store: Store, tops: Iterable<string>): Map<string, string> {
  const { fs } = store.ctx;
  const p = store.p;
  const d = readDecided(fs, p);
  const todo = undecided(d, tops);
  if (!todo.length) return d.map;
  // Taken before clients.json is read: a change made meanwhile leaves the decision stale, so it is made again.
  const stamp = clientsStamp(fs, p);
  const clients: Client[] = readClientsLoose(fs, p.clients).map((c) => ({ ...c, repos: c.repos ?? [], remotes: c.remotes ?? [] }));
  const exclude = excludeRules(store.config()['hooks.exclude']);
  const home = store.ctx.home;
  const before = formatRepoMap(d.map);
  if (d.stale) d.none.clear();
  for (const top of todo) {
    const exists = fs.existsSync(top);
    // A repo gone from disk keeps the client decided while it was there (with git's view of its remotes).
    if (!exists && d.map.has(top)) continue;
    const client = excludedBy(exclude, top, home) ? null : clientForRepo(clients, top, exists ? readRemotes(fs, top) : [], home);
    if (client) {
      d.map.set(top, client);
      d.none.delete(top);
    } else {
      d.map.delete(top);
      d.none.add(top);
    }
  }
  const text = formatRepoMap(d.map);
  if (text !== before) writeAtomic(fs, repoMapPath(p), text, { derived: true });
  writeAtomic(fs, checkedPath(p), `${JSON.stringify({ clients: stamp, none: [...d.none].sort() })}\n`, { derived: true });
  return d.map;
}

/**
 * Repos on disk that a client's --repo rules name: an exact path, or the folders of a glob whose
 * wildcards are in its last part (~/work/acme-*), which one listing finds. Deeper globs are left to
 * the fold and `tt status`, which decide a repo the first time its activity is seen.
 */
export function reposNamedBy(store: Store, rules: readonly string[]): string[] {
  const { fs, home } = store.ctx;
  const out: string[] = [];
  for (const rule of rules) {
    const path = expandHome(rule, home).replace(/(.)\/+$/, '$1');
    if (!/[*?]/.test(path)) {
      if (fs.existsSync(join(path, '.git'))) out.push(path);
      continue;
    }
    const dir = dirname(path);
    if (/[*?]/.test(dir)) continue;
    try {
      for (const name of fs.readdirSync(dir)) if (fs.existsSync(join(dir, name, '.git'))) out.push(join(dir, name));
    } catch {
      /* no such folder yet */
    }
  }
  return out;
}

/** After a change of the clients: every known repo decided again, and the repos `rules` name. */
export function refreshRepoMap(store: Store, rules: readonly string[]): void {
  try {
    decideRepos(store, reposNamedBy(store, rules));
  } catch {
    /* derived state for the prompt: the fold and `tt status` decide again */
  }
}
