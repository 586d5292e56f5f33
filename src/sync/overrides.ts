// What a merge of settings decided against someone: pure, for `tt sync` to report. Each side is
// shown by what it changed (the fields where the two values differ: a rate added from a day, a
// currency, a flag), not by a summary that may read the same on both sides, and each device by name.
import type { SettingsFile, Winner } from '../store/settings.ts';
import { nameOf } from '../store/device-names.ts';

export interface Override {
  key: string;
  kept: { device: string; value: unknown };
  dropped: { device: string; value: unknown };
}

/**
 * Every key changed on two devices since `sinceClock` with different values: the winner and what it
 * overrode. Keys changed on one side only are ordinary updates, not overrides.
 */
export function findOverrides(files: readonly SettingsFile[], winners: ReadonlyMap<string, Winner>, sinceClock: number): Override[] {
  const out: Override[] = [];
  for (const [key, w] of winners) {
    if (w.clock <= sinceClock) continue;
    for (const f of files) {
      const s = f.values[key];
      if (!s || f.device === w.device || s.clock <= sinceClock) continue;
      if (JSON.stringify(s.value) === JSON.stringify(w.value)) continue;
      out.push({ key, kept: { device: w.device, value: w.value }, dropped: { device: f.device, value: s.value } });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

type Obj = Record<string, unknown>;

/** One item of a dated list (rates, currencies, roundings, taxes) in words. */
function itemText(field: string, item: Obj, currency: string): string {
  const from = typeof item.from === 'string' ? ` from ${item.from}` : '';
  if (field === 'rates') return `rate ${String(item.rate)}${currency ? ` ${currency}` : ''}${from}`;
  if (field === 'currencies') return `currency ${String(item.currency)}${from}`;
  if (field === 'rounds') return `rounding ${String(item.roundMin)}m ${String(item.roundMode)}${from}`;
  if (field === 'taxes') return `tax ${item.percent === null ? 'none' : `${JSON.stringify(item.percent)}%`}${from}`;
  return `${field} ${JSON.stringify(item)}`;
}

function fieldText(field: string, value: unknown): string {
  if (value === undefined) return `no ${field}`;
  if (Array.isArray(value)) return `${field} ${value.length ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(',') : 'none'}`;
  if (value && typeof value === 'object') return `${field} ${JSON.stringify(value)}`;
  return `${field} ${typeof value === 'string' ? value : JSON.stringify(value)}`;
}

const DATED = new Set(['rates', 'currencies', 'rounds', 'taxes']);

/** What `value` has that `other` has not: the client fields where they differ, in words. */
function clientSide(value: Obj, other: Obj): string {
  const currency = typeof value.currency === 'string' ? value.currency : '';
  const parts: string[] = [];
  for (const field of new Set([...Object.keys(value), ...Object.keys(other)])) {
    if (field === 'name') continue;
    const a = value[field];
    const b = other[field];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (DATED.has(field) && Array.isArray(a) && Array.isArray(b)) {
      const theirs = new Set(b.map((x) => JSON.stringify(x)));
      const own = a.filter((x) => !theirs.has(JSON.stringify(x))).map((x) => itemText(field, x as Obj, currency));
      parts.push(...(own.length ? own : [`no other ${field.replace(/s$/, '')}`]));
    } else parts.push(fieldText(field, a));
  }
  return parts.join(', ') || 'the same';
}

function side(key: string, value: unknown, other: unknown): string {
  if (key.startsWith('client:')) {
    const name = key.slice(7);
    if (value === null) return `${name} removed`;
    if (other === null || typeof other !== 'object' || typeof value !== 'object') return `${name} (added)`;
    return `${name} (${clientSide(value as Obj, other as Obj)})`;
  }
  const k = key.replace(/^config:/, '');
  return value === null ? `${k} unset` : `${k} = ${JSON.stringify(value)}`;
}

/** "acme (rate 95 USD from 2026-11-01) from desktop overrode acme (rate 92 USD from 2026-11-01) from laptop". */
export function describeOverride(o: Override, names: ReadonlyMap<string, string>): string {
  return `${side(o.key, o.kept.value, o.dropped.value)} from ${nameOf(names, o.kept.device)} overrode ${side(o.key, o.dropped.value, o.kept.value)} from ${nameOf(names, o.dropped.device)}`;
}
