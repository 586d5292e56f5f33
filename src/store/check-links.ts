// For `tt doctor`: what would make tt write outside its data folder, which tt refuses to do (see
// refuseLinks in io.ts and deviceId in device.ts): symbolic links anywhere inside the data folder
// (one a sync brought, or one planted there) and a device id that is not one. Reading only.
import { join } from 'node:path';
import type { Fs } from '../platform/fs.ts';
import { deviceProblem } from './device.ts';
import type { Finding } from './repair.ts';

export function checkLinks(fs: Fs, root: string): Finding[] {
  const findings: Finding[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return; // unreadable folders are reported by the other checks
    }
    for (const name of names.sort()) {
      // git keeps its own house in .git (sync); tt never writes there itself.
      if (dir === root && name === '.git') continue;
      const path = join(dir, name);
      let st;
      try {
        st = fs.lstatSync(path);
      } catch {
        continue; // gone since it was listed
      }
      if (st.isSymbolicLink()) {
        findings.push({ file: path, problem: 'a symbolic link: tt does not write through links inside its data folder; replace it with a real folder or file, or remove it', repaired: false });
      } else if (st.isDirectory()) walk(path);
    }
  };
  walk(root);
  let id: string | null = null;
  try {
    id = fs.readFileSync(join(root, 'device'), 'utf8').trim();
  } catch {
    /* no id yet (tt makes one), or the folder is unreadable (reported elsewhere) */
  }
  const problem = id ? deviceProblem(id) : null;
  if (problem) findings.push({ file: join(root, 'device'), problem: `${problem}; remove the file and tt makes a new id, or put this machine's id back`, repaired: false });
  return findings;
}
