// A client's rounding rule, applied per invoice line (one client, project and day).

export type RoundMode = 'up' | 'nearest' | 'down';

export interface RoundRule {
  incrementMin: number; // 0: no rounding
  mode: RoundMode;
}

export function roundMinutes(minutes: number, rule: RoundRule): number {
  if (!rule.incrementMin) return minutes;
  const steps = minutes / rule.incrementMin;
  // A float product like 0.1 h × 60 must not round 6.000000001 minutes up to the next step.
  const clean = Math.round(steps * 1e6) / 1e6;
  const n = rule.mode === 'up' ? Math.ceil(clean) : rule.mode === 'down' ? Math.floor(clean) : Math.round(clean);
  return n * rule.incrementMin;
}

export function parseRoundIncrement(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === 'none' || t === '0' || t === 'off') return 0;
  const m = /^(\d{1,4})(m|min)?$/.exec(t);
  if (m) return Number(m[1]);
  const h = /^(\d{1,2})h$/.exec(t);
  return h ? Number(h[1]) * 60 : null;
}
