// Short ids (src/core/ids.ts) are the shortest suffix of at least six characters that no other entry
// ends with, over every entry. A command that reads one week of the history cache still shows the
// ids a full read shows: each cached month keeps a hash of each entry's six-character suffix, and
// the few entries whose suffix hash another entry shares are kept by id ("clashing"), so that the
// short ids of a week are worked out among the week's entries and those. A hash shared by chance
// only adds an id to compare with, which changes no short id.

/** A 31-bit hash (FNV-1a) of the last six characters of an id. */
export function suffixCode(id: string): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, id.length - 6); i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x7fffffff;
}

export function suffixCodes(ids: readonly string[]): Int32Array {
  const out = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = suffixCode(ids[i]!);
  return out;
}

/** How often each code occurs over several lists: an open-addressed table, far cheaper than a Map. */
export class CodeCounts {
  private readonly keys: Int32Array;
  private readonly counts: Int32Array;
  private readonly mask: number;
  /** How many codes were counted. */
  readonly size: number;

  constructor(lists: readonly Int32Array[]) {
    let n = 0;
    for (const l of lists) n += l.length;
    let size = 1024;
    while (size < n * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.counts = new Int32Array(size);
    this.mask = size - 1;
    this.size = n;
    for (const l of lists) for (let i = 0; i < l.length; i++) this.add(l[i]!);
  }

  private slot(code: number): number {
    let i = Math.imul(code, 0x9e3779b1) & this.mask;
    while (this.keys[i] !== -1 && this.keys[i] !== code) i = (i + 1) & this.mask;
    return i;
  }

  private add(code: number): void {
    const i = this.slot(code);
    this.keys[i] = code;
    this.counts[i]!++;
  }

  count(code: number): number {
    const i = this.slot(code);
    return this.keys[i] === code ? this.counts[i]! : 0;
  }
}
