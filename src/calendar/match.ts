// Which client a meeting belongs to, from the clients' meeting rules. A calendar rule beats a domain
// rule, which beats a title rule: the calendar a meeting sits in is a deliberate choice, the domain
// of the people invited is strong evidence, a word in a title is the weakest. Within one kind, the
// most specific rule wins (a longer domain, a longer matched piece of title), then the client name
// in alphabetical order, so the answer never depends on the order clients were added.
import type { Client } from '../core/client.ts';
import { MAX_TESTED, unsafePattern } from '../core/regex-safety.ts';

export interface MeetingFacts {
  title: string;
  calendar: string;
  organizer?: string;
  attendees?: readonly string[];
}

export interface Match {
  client: string;
  rule: 'calendar' | 'domain' | 'title';
  /** The calendar name, domain or regex that matched. */
  by: string;
}

type RuleClient = Pick<Client, 'name' | 'meetings' | 'domains' | 'calendars'>;

// Client names are ASCII (NAME_RE), so comparing lower-cased names by character is alphabetical
// order, without ICU's collation start-up; the order is worked out once per list of clients.
const byName = new WeakMap<readonly RuleClient[], RuleClient[]>();
function sortedByName(clients: readonly RuleClient[]): RuleClient[] {
  let sorted = byName.get(clients);
  if (!sorted) {
    sorted = [...clients].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0));
    byName.set(clients, sorted);
  }
  return sorted;
}

export function matchClient(m: MeetingFacts, clients: readonly RuleClient[]): Match | null {
  const sorted = sortedByName(clients);
  const best = (rule: Match['rule'], score: (c: RuleClient) => { by: string; weight: number } | null): Match | null => {
    let found: (Match & { weight: number }) | null = null;
    for (const c of sorted) {
      const s = score(c);
      if (s && (!found || s.weight > found.weight)) found = { client: c.name, rule, by: s.by, weight: s.weight };
    }
    return found && { client: found.client, rule: found.rule, by: found.by };
  };
  const calendar = m.calendar.toLowerCase();
  const domains = [m.organizer, ...(m.attendees ?? [])].flatMap((e) => (e && e.includes('@') ? [e.slice(e.lastIndexOf('@') + 1).toLowerCase()] : []));
  return (
    best('calendar', (c) => {
      const hit = c.calendars.find((n) => n.toLowerCase() === calendar);
      return hit ? { by: hit, weight: 1 } : null;
    }) ??
    best('domain', (c) => longest(c.domains.filter((d) => domains.some((x) => sameOrSub(x, d.toLowerCase().replace(/^@/, '')))))) ??
    best('title', (c) => {
      let top: { by: string; weight: number } | null = null;
      // Titles are cut before any rule runs on them: together with the check in regex-safety.ts this
      // bounds the time a rule can take on a hostile invite.
      const title = m.title.length > MAX_TESTED ? m.title.slice(0, MAX_TESTED) : m.title;
      for (const pattern of c.meetings) {
        const hit = safeRegex(pattern)?.exec(title);
        if (hit && (!top || hit[0].length > top.weight)) top = { by: pattern, weight: hit[0].length };
      }
      return top;
    })
  );
}

function longest(list: string[]): { by: string; weight: number } | null {
  const top = list.sort((a, b) => b.length - a.length)[0];
  return top ? { by: top, weight: top.length } : null;
}

function sameOrSub(domain: string, rule: string): boolean {
  return domain === rule || domain.endsWith(`.${rule}`);
}

const cache = new Map<string, RegExp | null>();

/**
 * Client rules are checked when they are set; a broken or unsafe one read from disk (set by an older
 * tt, or synced) never matches. `ruleClients` in load.ts leaves unsafe ones out with a warning.
 */
function safeRegex(pattern: string): RegExp | null {
  if (!cache.has(pattern)) {
    try {
      const re = new RegExp(pattern, 'i');
      cache.set(pattern, unsafePattern(pattern) ? null : re);
    } catch {
      cache.set(pattern, null);
    }
  }
  return cache.get(pattern)!;
}
