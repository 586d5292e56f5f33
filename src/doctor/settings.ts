// settings/<device>.json: every device's record of client and config changes, which sync merges
// into clients.json and config.json. It is the other copy those two are repaired from, so it must
// itself be whole; doctor cannot rebuild it (sync's remote may still hold a good copy).
import { join } from 'node:path';
import { mergeSettings, readSettingsFiles, settingsDir, type Winner } from '../store/settings.ts';
import { attempt, type Check, type Doctor, type Finding } from './check.ts';

export const settings: Check = {
  name: 'settings',
  covers: 'settings/<device>.json: the per-device record of client and config changes that sync merges',
  run({ ctx, p }) {
    const dir = settingsDir(p.root);
    const findings: Finding[] = [];
    if (!ctx.fs.existsSync(dir)) return findings;
    for (const name of ctx.fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.json')) continue;
      const file = join(dir, name);
      attempt(findings, file, () => {
        const problem = settingsProblem(ctx.fs.readFileSync(file, 'utf8'));
        if (!problem) return;
        findings.push({
          file,
          problem,
          repaired: false,
          fix: 'tt cannot rebuild it: restore it from the sync remote (`git -C DATA_FOLDER checkout -- settings/`) or a backup; until then clients and config cannot be repaired from it.',
        });
      });
    }
    return findings;
  },
};

function settingsProblem(text: string): string | null {
  let doc: { version?: unknown; values?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (err) {
    return `is not valid JSON (${(err as Error).message})`;
  }
  if (doc?.version !== 1) return `has version ${JSON.stringify(doc?.version)}; this tt reads version 1`;
  if (typeof doc.values !== 'object' || doc.values === null || Array.isArray(doc.values)) return 'has no "values" object';
  for (const [key, s] of Object.entries(doc.values as Record<string, unknown>)) {
    const clock = (s as { clock?: unknown } | null)?.clock;
    if (typeof clock !== 'number' || !Number.isFinite(clock) || !('value' in (s as object))) return `setting "${key}" needs a value and a numeric clock`;
  }
  return null;
}

/**
 * The merged winners under `prefix` ('client:' or 'config:'), and the files they come from; null
 * when the settings files cannot be read whole or hold no such key: then there is nothing to
 * repair from.
 */
export function winnersOf(d: Doctor, prefix: string): { winners: Winner[]; files: string[] } | null {
  let files;
  try {
    files = readSettingsFiles(d.ctx.fs, d.p.root);
  } catch {
    return null;
  }
  const all = [...mergeSettings(files).values()].filter((w) => w.key.startsWith(prefix));
  if (!all.length) return null;
  return { winners: all.filter((w) => w.value !== null), files: files.map((f) => `settings/${f.device}.json`) };
}

/** A DataError's message as a finding's problem: without the path (shown beside it) or "left as it is". */
export function damageText(message: string, file: string): string {
  return message.replace(`${file} `, '').replace(/; it was left as it is$/, '');
}
