// The remote a data folder syncs with, checked before anything is created: git reads an argument
// that starts with "-" as an option (`--upload-pack=...` runs a command), "<transport>::<address>"
// as a remote helper (`ext::` runs one too), and a line break or a control character has no place
// in any URL. What is left must look like a remote: scheme://..., user@host:path, or a path.
import { UsageError } from '../core/errors.ts';
import { redactCredentials } from '../core/redact.ts';

const SCHEMES = new Set(['ssh', 'git', 'http', 'https', 'file', 'git+ssh', 'ssh+git']);

export function checkRemoteUrl(url: string): void {
  const hint = 'Give a git remote: git@host:me/tt-data.git, ssh://host/path, https://host/path, or the path of a (bare) repository.';
  if (!url.trim()) throw new UsageError('sync init needs a git remote URL', hint);
  if (url.startsWith('-')) throw new UsageError(`"${visible(url)}" is not a git remote: it starts with "-", which git would read as an option`, hint);
  if (/[\u0000-\u001f\u007f]/.test(url)) throw new UsageError(`"${visible(url)}" is not a git remote: it holds a line break or another control character`, hint);
  const helper = /^([A-Za-z][A-Za-z0-9+.-]*)::/.exec(url);
  if (helper) throw new UsageError(`"${visible(url)}" is not a git remote tt uses: "${helper[1]}::" hands the address to a remote helper, which may run commands`, hint);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url);
  if (scheme && !SCHEMES.has(scheme[1]!.toLowerCase())) {
    throw new UsageError(`"${visible(url)}" is not a git remote tt uses: unknown scheme "${scheme[1]}"`, hint);
  }
}

/** The URL as a message may show it: a password or token hidden, control characters spelled out. */
function visible(url: string): string {
  return redactCredentials(url).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
