// Numbers as exports write them: "0.50", "1,000.50", European "20,0" and "2.000,0". The decimal mark
// is decided once per file from values that can only be read one way, so "1.000" means the same in
// every row of one file.

export type DecimalMark = '.' | ',';

/** What a single value proves about the decimal mark, or null when it reads either way. */
export function decimalEvidence(text: string): DecimalMark | null {
  const t = text.trim().replace(/[\s\u00a0']/g, '');
  if (!/^-?[\d.,]*\d$/.test(t) || /^-?\d+$/.test(t)) return null;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : ',';
  const after = t.length - 1 - Math.max(lastDot, lastComma);
  const groups = t.split(mark).length - 1;
  // "1,000" or "1.000" could be a thousands group; "1.5", "20,0", "0,01" or "1.2345" cannot.
  if (after === 3 && groups === 1) return null;
  if (groups > 1) return mark === '.' ? ',' : '.';
  return mark;
}

/** The file's decimal mark; the first value proving the other mark is returned as a conflict. */
export function decideDecimal(values: readonly { text: string; where: string }[]): { mark: DecimalMark; conflict: string | null } {
  let mark: DecimalMark | null = null;
  let first = '';
  for (const v of values) {
    const e = decimalEvidence(v.text);
    if (!e) continue;
    if (mark === null) {
      mark = e;
      first = `${v.where} "${v.text}"`;
    } else if (e !== mark) {
      return { mark, conflict: `${v.where} "${v.text}" uses "${e}" as decimal mark, but ${first} uses "${mark}"` };
    }
  }
  // Nothing decides (only whole numbers or 3-digit groups): the common case, a decimal point.
  return { mark: mark ?? '.', conflict: null };
}

/** A number written with `mark` as decimal mark, or null when the text is not a number. */
export function parseNumber(text: string, mark: DecimalMark): number | null {
  const group = mark === '.' ? ',' : '.';
  let t = text.trim().replace(/[\s\u00a0']/g, '');
  if (!t) return null;
  if (t.includes(group)) {
    if (!new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${mark}\\d+)?$`).test(t)) return null;
    t = t.split(group).join('');
  }
  if (mark === ',') t = t.replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}
