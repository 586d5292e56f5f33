// config.json: a whole document, and every value one this tt (and this Node) can use; a time zone
// synced from a newer Node may be unknown to this one's Intl. A damaged document is rebuilt from
// settings/<device>.json by --repair (the damaged file kept in quarantine/ first); a bad value is
// the user's to change, with the command that does it.
import { DataError, ValueProblem } from '../core/errors.ts';
import { CONFIG_KEYS, formatConfigValue, isLocalKey, type ConfigValue } from '../core/config-keys.ts';
import { isValidZone } from '../core/time.ts';
import { materializeConfig, readStoredConfig, type ConfigValues } from '../store/config-file.ts';
import { quarantineCopy } from '../store/repair.ts';
import type { Check, Doctor, Finding } from './check.ts';
import { damageText, winnersOf } from './settings.ts';

export const config: Check = {
  name: 'config',
  covers: 'config.json: a whole document, every value valid (time zones known to this Node); --repair rebuilds it from settings/',
  run(d) {
    let values: ConfigValues;
    try {
      values = readStoredConfig(d.ctx.fs, d.p.config);
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      return [rebuild(d, damageText(err.message, d.p.config))];
    }
    const findings: Finding[] = [];
    for (const [key, value] of Object.entries(values)) {
      const problem = valueProblem(key, value);
      if (!problem) continue;
      findings.push({
        file: d.p.config,
        problem: `${key}: ${problem}`,
        repaired: false,
        severity: CONFIG_KEYS[key] ? 'damage' : 'notice',
        fix: CONFIG_KEYS[key] ? `Set a good value with \`tt config set ${key} VALUE\`, or \`tt config unset ${key}\` for the default.` : 'This tt ignores it (a newer tt may know it).',
      });
    }
    return findings;
  },
};

/** Why a stored value cannot be used, or null. A good value reads back the same when typed again. */
export function valueProblem(key: string, value: ConfigValue): string | null {
  const spec = CONFIG_KEYS[key];
  if (!spec) return 'not a key this tt knows';
  if (key === 'tz' && typeof value === 'string' && value && !isValidZone(value)) {
    return `"${value}" is not a time zone this Node (${process.version}) knows (it may come from a newer Node, by sync)`;
  }
  try {
    const again = spec.parse(formatConfigValue(key, value));
    if (JSON.stringify(again) === JSON.stringify(value)) return null;
    return `${JSON.stringify(value)} is not a value tt would store`;
  } catch (problem) {
    return problem instanceof ValueProblem ? problem.message : `${JSON.stringify(value)} cannot be read`;
  }
}

function rebuild(d: Doctor, problem: string): Finding {
  const { ctx, p, store, repair } = d;
  const source = winnersOf(d, 'config:');
  if (!source) {
    return { file: p.config, problem, repaired: false, fix: 'No other copy to rebuild it from: fix it by hand, or move it away and set the keys again with `tt config set`.' };
  }
  const values: ConfigValues = {};
  // A machine's own keys are in no settings file of this tt's (an older one may have recorded another's).
  for (const w of source.winners) if (!isLocalKey(w.key.slice('config:'.length))) values[w.key.slice('config:'.length)] = w.value as ConfigValue;
  if (repair) {
    quarantineCopy(store, p.config, ctx.fs.readFileSync(p.config, 'utf8'));
    store.transaction((tx) => materializeConfig(tx, p.config, values));
  }
  return {
    file: p.config,
    problem: repair ? `${problem}; rebuilt from ${source.files.join(', ')} (${Object.keys(values).length} key(s)), the damaged file kept in quarantine/` : problem,
    repaired: repair,
    fix: `\`tt doctor --repair\` rebuilds it from ${source.files.join(', ')} (${Object.keys(values).length} key(s)) and keeps the damaged file in quarantine/.`,
  };
}
