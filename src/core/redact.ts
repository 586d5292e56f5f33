// A git remote URL may carry a password or a token (`https://jo:TOKEN@host/x.git`, or a bare
// `https://TOKEN@github.com/...`). tt names the remote in messages, and git's errors quote it; none of
// them may show the secret on a screen, in a terminal's scrollback or in a pasted bug report. Pure.

/** scheme://userinfo@ where userinfo runs to the last @ before the path (a raw @ in a password). */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^/\s'"<>]+)@/gi;

/** The text with the password of every URL in it replaced by ***; a user name alone stays, except
 * over http(s), where a bare user name is how tokens are usually given. */
export function redactCredentials(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(USERINFO, (whole, scheme: string, info: string) => {
    const colon = info.indexOf(':');
    if (colon >= 0) return `${scheme}${info.slice(0, colon)}:***@`;
    return /^https?:/i.test(scheme) ? `${scheme}***@` : whole;
  });
}

/** Whether a URL holds a secret that redactCredentials would hide. */
export function hasCredentials(url: string): boolean {
  return redactCredentials(url) !== url;
}
