// hledger's timeclock format. It has no time zone and hledger ignores offsets, so times are written in
// UTC: a session across a DST night then lasts what it really lasted (9 hours, not 8 or 10).
import type { Entry } from '../core/events.ts';

/** hledger account names: ":" separates sub-accounts and two spaces end the name. */
function accountPart(text: string): string {
  return text.replace(/:/g, '-').replace(/\s+/g, ' ').trim() || '-';
}

export function accountOf(e: Pick<Entry, 'client' | 'project'>): string {
  return e.project ? `${accountPart(e.client)}:${accountPart(e.project)}` : accountPart(e.client);
}

function stamp(instant: number): string {
  const iso = new Date(Math.floor(instant / 1000) * 1000).toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 19)}`;
}

function description(e: Pick<Entry, 'note' | 'tags'>): string {
  return [e.note ?? '', ...e.tags.map((t) => `+${t}`)].join(' ').replace(/\s+/g, ' ').trim();
}

/** One clock-in and clock-out pair per session; sessions must not overlap (see overlaps.ts). */
export function timeclockText(sessions: readonly { entry: Entry; start: number; end: number }[]): string {
  const out = ['; exported by tt; times are UTC'];
  for (const s of sessions) {
    const d = description(s.entry);
    out.push(`i ${stamp(s.start)} ${accountOf(s.entry)}${d ? `  ${d}` : ''}`, `o ${stamp(s.end)}`);
  }
  return `${out.join('\n')}\n`;
}
