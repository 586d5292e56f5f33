// The escaping hook scripts and shell snippets use for fields of a journal line: a backslash, tab
// and newline are written as \\, \t and \n (templates/hooks/common.sh, tt_esc). Nothing else is
// touched, so quotes, $(...), backticks and non-ASCII bytes pass through as they are.

export function unescapeField(text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = text[++i];
    if (next === '\\') out += '\\';
    else if (next === 't') out += '\t';
    else if (next === 'n') out += '\n';
    else return null; // a lone backslash: the line was not written by tt
  }
  return out;
}

export function escapeField(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

/** A value as one single-quoted shell word: nothing inside is expanded or executed. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
