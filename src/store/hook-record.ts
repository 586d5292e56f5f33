// The journal lines hook scripts and shell snippets write (templates/hooks/common.sh, tt_put):
//   h1 <TAB> pid <TAB> uptime <TAB> hook <TAB> top folder <TAB> HEAD file <TAB> sha <TAB> extra...
//   s1 <TAB> pid <TAB> epoch seconds <TAB> enter|heartbeat|leave <TAB> top folder
// Fields are escaped by escape.ts rules. A record's id is a hash of the whole line, so a line folded
// twice is stored once, and two commits (different pid, uptime or sha) are two records.
// Never throws: a line that is not exactly this shape is not a record (the fold reports it).
import { createHash } from 'node:crypto';
import type { StoredRecord } from './shard.ts';
import { unescapeField } from './record-escape.ts';
import { HOOK_NAMES, KIND_OF_HOOK, type HookName, type StoredHookRecord, type StoredShellRecord } from '../core/activity-records.ts';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const SHELL_KINDS = new Set(['enter', 'heartbeat', 'leave']);

export function lineId(line: string): string {
  return `h${createHash('sha256').update(line).digest('hex').slice(0, 32)}`;
}

/** The author date git hands to post-commit: "@1795772724 +0000", or whatever the user set. */
export function parseAuthorDate(text: string): number | null {
  const m = /^@?(\d{9,11})(?: [+-]\d{4})?$/.exec(text.trim());
  if (m) return Number(m[1]) * 1000;
  const t = Date.parse(text);
  return text && !Number.isNaN(t) ? t : null;
}

function okPath(p: string | null): p is string {
  return p !== null && p.startsWith('/') && !p.includes('\uFFFD') && !p.includes('\0');
}

export function parseHookLine(line: string): StoredRecord | null {
  try {
    const raw = line.replace(/\r$/, '').split('\t');
    if (raw[0] === 'h1') return parseHook(line, raw) as unknown as StoredRecord | null;
    if (raw[0] === 's1') return parseShell(line, raw) as unknown as StoredRecord | null;
    return null;
  } catch {
    return null;
  }
}

function parseHook(line: string, raw: string[]): StoredHookRecord | null {
  const f = raw.map(unescapeField);
  if (f.some((x) => x === null) || f.length < 7) return null;
  const [, pidText, upText, hookText, repo, head, shaText, ...extra] = f as string[];
  if (!/^\d{1,10}$/.test(pidText!) || !(HOOK_NAMES as readonly string[]).includes(hookText!) || !okPath(repo!)) return null;
  if (upText && !/^\d+(?:\.\d+)?$/.test(upText)) return null;
  const hook = hookText as HookName;
  const r: StoredHookRecord = { id: lineId(line), v: 1, source: 'hook', kind: KIND_OF_HOOK[hook], hook, pid: Number(pidText), repo };
  if (upText) r.uptime = Number(upText);
  if (head!.startsWith('ref: refs/heads/')) r.branch = head!.slice('ref: refs/heads/'.length);
  const sha = shaText!.trim();
  if (SHA.test(sha)) r.sha = sha;
  if (hook === 'post-commit') {
    const t = parseAuthorDate(extra[0] ?? '');
    if (t !== null) r.at = new Date(t).toISOString();
  } else if (hook === 'post-checkout') {
    if (SHA.test(extra[0] ?? '')) r.prev = extra[0];
    if (SHA.test(extra[1] ?? '')) r.sha = extra[1];
    r.fileCheckout = extra[2] === '0';
  } else if (hook === 'post-merge') {
    r.squash = extra[0] === '1';
  } else {
    const pairs = parsePairs(extra[2] ?? '');
    if (pairs === null || !/^\d{1,6}$/.test(extra[1] ?? '')) return null;
    r.method = extra[0] === 'amend' ? 'amend' : 'rebase';
    r.part = Number(extra[1]);
    r.pairs = pairs;
  }
  return r;
}

function parsePairs(text: string): [string, string][] | null {
  const pairs: [string, string][] = [];
  for (const item of text.split(' ').filter(Boolean)) {
    const [a, b] = item.split(':');
    if (!a || !b || !SHA.test(a) || !SHA.test(b)) return null;
    pairs.push([a, b]);
  }
  return pairs;
}

function parseShell(line: string, raw: string[]): StoredShellRecord | null {
  if (raw.length !== 5) return null;
  const [, pidText, epochText, kind, top] = raw;
  const repo = unescapeField(top!);
  if (!/^\d{1,10}$/.test(pidText!) || !/^\d{9,11}$/.test(epochText!) || !SHELL_KINDS.has(kind!) || !okPath(repo)) return null;
  return {
    id: lineId(line),
    v: 1,
    source: 'shell',
    kind: kind as StoredShellRecord['kind'],
    pid: Number(pidText),
    at: new Date(Number(epochText) * 1000).toISOString(),
    repo,
  };
}
