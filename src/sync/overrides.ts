// What a merge of settings decided against someone: pure, for `tt sync` to report.
import type { SettingsFile, Winner } from '../store/settings.ts';

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

export function describeSetting(key: string, value: unknown): string {
  if (value === null) return `${key} removed`;
  if (key.startsWith('client:')) {
    const c = value as { rates?: { rate: number }[]; currency?: string };
    const rate = c.rates?.length ? c.rates[c.rates.length - 1]!.rate : null;
    return `${key.slice(7)}${rate !== null ? ` (rate ${rate} ${c.currency ?? ''})`.replace(/ \)$/, ')') : ''}`;
  }
  return `${key.slice(7)} = ${JSON.stringify(value)}`;
}
