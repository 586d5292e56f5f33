// hooks.json: the list of hooks folders tt installed into and what `--global` changed, which
// uninstall needs to put things back. A damaged one is the user's to fix (the hooks keep working).
import { DataError } from '../core/errors.ts';
import { readRegistry, registryPath } from '../hooks/registry.ts';
import type { Check, Finding } from './check.ts';

export const hooks: Check = {
  name: 'hooks',
  covers: 'hooks.json: the hooks folders tt installed into',
  run({ ctx, p }) {
    const file = registryPath(p.root);
    const findings: Finding[] = [];
    try {
      const reg = readRegistry(ctx.fs, p.root);
      for (const r of reg.repos) {
        if (!ctx.fs.existsSync(r.hooksDir)) {
          findings.push({ file, problem: `lists ${r.hooksDir} (${r.top}), which is gone`, repaired: false, severity: 'notice', fix: '`tt hooks uninstall --scan FOLDER` or a new install there updates the list.' });
        }
      }
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      findings.push({ file, problem: 'is damaged', repaired: false, fix: err.hint });
    }
    return findings;
  },
};
