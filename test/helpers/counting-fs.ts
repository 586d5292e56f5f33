// An Fs that notes which history cache segments (state/history/<month>.seg) are read through it, to
// show that a question about some days reads only their months.
import { makeFs, type Fs } from '../../src/platform/fs.ts';

export function countingFs(): { fs: Fs; segments: string[] } {
  const real = makeFs({});
  const segments: string[] = [];
  const fs = new Proxy(real, {
    get(target, key) {
      if (key === 'readFileSync') {
        return (p: string, enc?: 'utf8') => {
          if (p.endsWith('.seg')) segments.push(p.slice(-11, -4));
          return enc ? target.readFileSync(p, enc) : target.readFileSync(p);
        };
      }
      const v = Reflect.get(target, key) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { fs, segments };
}
