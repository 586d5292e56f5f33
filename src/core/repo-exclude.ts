// hooks.exclude: repos never captured, and never given a client (reading activity, the fold and
// `tt status` all ask). A rule is a path (that folder and everything below it) or a glob (`*` within
// one folder, `**` across folders), with `~` for the home folder. Pure.
import { expandHome, globToRegExp } from './repo-rules.ts';

export function excludedBy(rules: readonly string[], top: string, home: string): string | null {
  for (const rule of rules) {
    const pattern = expandHome(rule.trim(), home).replace(/\/+$/, '');
    if (!pattern) continue;
    if (/[*?]/.test(pattern)) {
      if (globToRegExp(pattern).test(top)) return rule;
    } else if (top === pattern || top.startsWith(`${pattern}/`)) return rule;
  }
  return null;
}

export function excludeRules(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
