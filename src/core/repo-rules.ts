// Which client a repo belongs to. `--repo` rules are paths or globs matched against a repo's top
// folder (`*` within one folder, `**` across folders); `--remote` rules are substrings of a remote
// URL. When several clients match, the most specific rule wins: an exact path over any glob, a
// longer glob over a shorter one, and a glob over a remote substring.
import picomatch from 'picomatch';
import type { Client } from './client.ts';

export interface RepoMatch {
  client: string;
  rule: string;
  kind: 'path' | 'glob' | 'remote';
  specificity: number;
}

export function expandHome(path: string, home: string): string {
  if (path === '~') return home;
  if (path.startsWith('~/')) return home.replace(/\/$/, '') + path.slice(1);
  return path;
}

function trimSlash(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

// Characters picomatch reads as glob syntax (brackets, braces, extglobs, negation, escapes) that tt's
// globs take literally: folder names hold them ("client (old)", "[archive]").
const LITERAL = /[\\()[\]{}!+@|^$,.]/g;

// A path glob as a RegExp, matched by picomatch: `*` and `?` within one folder, `**` as a whole
// folder name across any number of folders, none included (~/code/**/x matches ~/code/x, and
// ~/code/** matches ~/code itself); dot folders are matched like any other.
export function globToRegExp(glob: string): RegExp {
  return picomatch.makeRe(glob.replace(LITERAL, '\\$&'), { dot: true });
}

const isGlob = (p: string): boolean => /[*?]/.test(p);

/** Every rule of every client that claims this repo, best first. */
export function matchRepo(clients: readonly Client[], top: string, remotes: readonly string[], home: string): RepoMatch[] {
  const matches: RepoMatch[] = [];
  const dir = trimSlash(top);
  for (const c of clients) {
    for (const rule of c.repos) {
      const pattern = trimSlash(expandHome(rule, home));
      if (!isGlob(pattern)) {
        if (pattern === dir) matches.push({ client: c.name, rule, kind: 'path', specificity: 1e6 + pattern.length });
      } else if (globToRegExp(pattern).test(dir)) {
        matches.push({ client: c.name, rule, kind: 'glob', specificity: 1e3 + pattern.replace(/[*?]/g, '').length });
      }
    }
    for (const rule of c.remotes) {
      if (rule && remotes.some((r) => r.toLowerCase().includes(rule.toLowerCase()))) {
        matches.push({ client: c.name, rule, kind: 'remote', specificity: rule.length });
      }
    }
  }
  return matches.sort((a, b) => b.specificity - a.specificity);
}

/** The client a repo belongs to, or null. Equal specificity for two clients is a conflict: no winner. */
export function clientForRepo(clients: readonly Client[], top: string, remotes: readonly string[], home: string): string | null {
  const [best, second] = matchRepo(clients, top, remotes, home);
  if (!best) return null;
  if (second && second.specificity === best.specificity && second.client !== best.client) return null;
  return best.client;
}

export interface RuleConflict {
  a: string;
  b: string;
  ruleA: string;
  ruleB: string;
  why: string;
}

/** Pairs of clients whose rules could claim the same repo or meeting, for `tt client list`. */
export function ruleConflicts(clients: readonly Client[], home: string): RuleConflict[] {
  const out: RuleConflict[] = [];
  for (let i = 0; i < clients.length; i++) {
    for (let j = i + 1; j < clients.length; j++) {
      const a = clients[i]!;
      const b = clients[j]!;
      for (const ra of a.repos) {
        for (const rb of b.repos) {
          const pa = trimSlash(expandHome(ra, home));
          const pb = trimSlash(expandHome(rb, home));
          const overlap = pa === pb || (isGlob(pa) && !isGlob(pb) && globToRegExp(pa).test(pb)) || (isGlob(pb) && !isGlob(pa) && globToRegExp(pb).test(pa)) || (isGlob(pa) && isGlob(pb) && globsMayOverlap(pa, pb));
          if (overlap) out.push({ a: a.name, b: b.name, ruleA: ra, ruleB: rb, why: pa === pb ? 'same repo rule: neither wins' : 'both match some repos: the more specific rule wins' });
        }
      }
      for (const ra of a.remotes) for (const rb of b.remotes) {
        if (ra.toLowerCase().includes(rb.toLowerCase()) || rb.toLowerCase().includes(ra.toLowerCase())) {
          out.push({ a: a.name, b: b.name, ruleA: ra, ruleB: rb, why: ra === rb ? 'same remote rule: neither wins' : 'both match some remotes: the longer one wins' });
        }
      }
      for (const da of a.domains) for (const db of b.domains) {
        if (da.toLowerCase() === db.toLowerCase()) out.push({ a: a.name, b: b.name, ruleA: da, ruleB: db, why: 'same meeting domain' });
      }
      for (const ca of a.calendars) for (const cb of b.calendars) {
        if (ca.toLowerCase() === cb.toLowerCase()) out.push({ a: a.name, b: b.name, ruleA: ca, ruleB: cb, why: 'same calendar' });
      }
    }
  }
  return out;
}

/** Two globs may match a common path when their literal prefixes before the first wildcard agree. */
function globsMayOverlap(a: string, b: string): boolean {
  const pa = a.slice(0, a.search(/[*?]/));
  const pb = b.slice(0, b.search(/[*?]/));
  return pa.startsWith(pb) || pb.startsWith(pa);
}
