// A calendar from a URL (`tt calendar import https://...`, and `refresh`), fetched with the
// platform's fetch. The URL is a secret (a private iCal link works for anyone who has it), so every
// message shows it redacted, errors from the network included.
import { EnvError, UsageError } from '../core/errors.ts';
import { redactIn, redactUrl } from './sources.ts';

/** Larger than any real calendar export; a body beyond it is refused rather than held in memory. */
export const MAX_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

/** An http(s) or webcal URL as tt stores and fetches it (webcal:// is https://), or null for anything else. */
export function calendarUrl(arg: string): string | null {
  if (!/^(https?|webcals?):\/\//i.test(arg)) return null;
  try {
    const u = new URL(arg.replace(/^webcals?:/i, 'https:'));
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export async function fetchCalendar(url: string): Promise<string> {
  const shown = redactUrl(url);
  // fetch refuses a URL with user:password@; they are sent as Basic authentication instead.
  const target = new URL(url);
  const headers: Record<string, string> = { accept: 'text/calendar, */*;q=0.5' };
  if (target.username || target.password) {
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`).toString('base64')}`;
    target.username = '';
    target.password = '';
  }
  let res: Response;
  try {
    res = await fetch(target, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow', headers });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const why = (err as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : cause?.code ?? cause?.message ?? (err as Error).message;
    throw new EnvError(`cannot fetch ${shown}: ${redactIn(String(why), url)}`, 'Check the network connection (are you offline?) and try again; the stored copy is unchanged.');
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new UsageError(`cannot fetch ${shown}: the server answered ${res.status} ${redactIn(res.statusText, url)}`.trim(), 'Check the URL; a calendar\'s private address changes when it is reset in the calendar app.');
  }
  return readCapped(res, shown);
}

async function readCapped(res: Response, shown: string): Promise<string> {
  // Node's types leave the stream's chunk type open; fetch's body yields bytes.
  const reader = (res.body as ReadableStream<Uint8Array> | null)?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw new UsageError(`${shown} sent more than ${MAX_BYTES / 1024 / 1024} MB; it is not read`, 'A calendar export is far smaller; check the URL.');
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
