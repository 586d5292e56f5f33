// Every config key: its default, how a typed value is checked, and what it means. This table is the
// documented, stable interface (docs/interface.md, "Config keys").
import { parseDuration } from './duration.ts';
import { UsageError, ValueProblem } from './errors.ts';
import { parsePercent } from './number-input.ts';
import { SELLER_KEYS } from './seller-keys.ts';
import { isValidZone, systemZone } from './time.ts';

export type ConfigValue = string | number | boolean | string[];

export interface KeySpec {
  describe: string;
  default: () => ConfigValue;
  parse: (text: string) => ConfigValue; // throws a ValueProblem saying why when invalid
  /** How the value is shown, when not as String(value). */
  format?: (value: ConfigValue) => string;
  /** This machine's own (it names local paths): kept in config.json, never synced. */
  local?: boolean;
}

const minutes = (fallback: number): KeySpec['parse'] => (text) => {
  const m = parseDuration(text);
  if (m === null || m <= 0 || m > 24 * 60) throw new ValueProblem(`"${text}" is not a duration between 1m and 24h (like 15m or 2h)`);
  void fallback;
  return m;
};

const list = (check?: (item: string) => string | null): KeySpec['parse'] => (text) => {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    const problem = check?.(item);
    if (problem) throw new ValueProblem(problem);
  }
  return items;
};

export const CONFIG_KEYS: Record<string, KeySpec> = {
  tz: {
    describe: 'IANA time zone days are cut in (default: the system zone)',
    default: () => systemZone(),
    parse: (t) => {
      if (!isValidZone(t) || !t.trim()) throw new ValueProblem(`"${t}" is not an IANA time zone (like Europe/Berlin or America/New_York)`);
      return t.trim();
    },
  },
  'me.emails': {
    describe: 'your e-mail addresses: commits by them are yours, meetings they declined are left out',
    default: () => [],
    parse: list((e) => (/^[^@\s]+@[^@\s]+$/.test(e) ? null : `"${e}" is not an e-mail address`)),
  },
  'session.gap': { describe: 'commits of one client at most this far apart join one session', default: () => 120, parse: minutes(120) },
  'session.leadIn': { describe: 'work counted before the first commit of a session', default: () => 30, parse: minutes(30) },
  idle: { describe: 'shell presence without a record for this long ends', default: () => 15, parse: minutes(15) },
  'audit.tolerance': {
    describe: 'unbilled hours above this share of invoiced hours flag a client',
    default: () => 5,
    parse: (t) => {
      try {
        return parsePercent(t, 'audit.tolerance');
      } catch {
        throw new ValueProblem(`"${t}" is not a percentage between 0% and 100% (like 5%)`);
      }
    },
  },
  'hooks.exclude': { describe: 'repos (paths or globs) never captured by hooks or the shell (this machine\'s, never synced)', default: () => [], parse: list(), local: true },
  'invoice.from': { describe: 'the old free-text sender block: read as seller.* until you set seller.name (docs/invoices.md)', default: () => '', parse: (t) => t },
  'invoice.footer': { describe: 'a line printed at the foot of invoices', default: () => '', parse: (t) => t },
  'invoice.number': {
    describe: 'invoice number pattern: {yyyy}, {mm}, {series} (this device\'s, see tt device series), {seq} or {seq:N} (N digits), {client}',
    default: () => '{yyyy}-{series}{seq:3}',
    parse: (t) => {
      if (!/\{seq(:\d)?\}/.test(t)) throw new ValueProblem(`"${t}" has no {seq}: numbers would repeat`);
      return t;
    },
  },
  ...SELLER_KEYS,
};


/** Whether a config key is this machine's own: recorded in no settings file, so sync never carries it. */
export const isLocalKey = (key: string): boolean => CONFIG_KEYS[key]?.local === true;

export function keySpec(key: string): KeySpec {
  const spec = CONFIG_KEYS[key];
  if (!spec) {
    throw new UsageError(`unknown config key "${key}"`, `Known keys: ${Object.keys(CONFIG_KEYS).join(', ')}.`);
  }
  return spec;
}

export function parseConfigValue(key: string, text: string): ConfigValue {
  const spec = keySpec(key);
  try {
    return spec.parse(text);
  } catch (problem) {
    if (problem instanceof ValueProblem) throw new UsageError(`config ${key}: ${problem.message}`);
    throw problem;
  }
}

export function formatConfigValue(key: string, value: ConfigValue): string {
  const format = CONFIG_KEYS[key]?.format;
  if (format) return format(value);
  if (Array.isArray(value)) return value.join(',');
  if (['session.gap', 'session.leadIn', 'idle'].includes(key) && typeof value === 'number') return `${value}m`;
  if (key === 'audit.tolerance') return `${value}%`;
  if (key === 'invoice.terms') return `${value}d`;
  return String(value);
}
