import { describe, expect, it } from 'vitest';
import { formatHM, hours, parseDuration, requireDuration } from '../../src/core/duration.ts';
import { formatMoney, isCurrencyCode, price } from '../../src/core/money.ts';
import { parseRoundIncrement, roundMinutes } from '../../src/core/rounding.ts';
import { rateOn, withRate } from '../../src/core/rates.ts';
import { UsageError } from '../../src/core/errors.ts';

describe('durations', () => {
  it('reads what people type', () => {
    expect(parseDuration('30m')).toBe(30);
    expect(parseDuration('1h30m')).toBe(90);
    expect(parseDuration('1.5h')).toBe(90);
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('45')).toBe(45);
    expect(parseDuration('2h 15m')).toBe(135);
    expect(parseDuration('soon')).toBeNull();
    expect(parseDuration('1h30x')).toBeNull();
    expect(() => requireDuration('abc', '--estimate')).toThrow(UsageError);
  });

  it('prints hours and minutes, and hours for JSON', () => {
    expect(formatHM(52 * 60_000)).toBe('0:52');
    expect(formatHM(26 * 3600_000 + 5 * 60_000)).toBe('26:05');
    expect(hours(20 * 60_000)).toBe(0.3333);
  });
});

describe('money and rounding', () => {
  it('prices hours at a rate to the cent', () => {
    expect(price(8, 60)).toBe(480);
    expect(price(1 / 3, 100)).toBe(33.33);
    expect(formatMoney(480, 'USD')).toBe('$480.00');
    expect(formatMoney(12.5, 'SEK')).toBe('12.50 SEK');
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('EURO')).toBe(false);
  });

  it('rounds a line up, to the nearest or down by the increment', () => {
    expect(roundMinutes(61, { incrementMin: 6, mode: 'up' })).toBe(66);
    expect(roundMinutes(61, { incrementMin: 6, mode: 'nearest' })).toBe(60);
    expect(roundMinutes(64, { incrementMin: 6, mode: 'nearest' })).toBe(66);
    expect(roundMinutes(89, { incrementMin: 15, mode: 'down' })).toBe(75);
    // 0.1 h is 6.000000000000001 minutes in floating point: still one step, not two.
    expect(roundMinutes(0.1 * 60, { incrementMin: 6, mode: 'up' })).toBe(6);
    expect(roundMinutes(61, { incrementMin: 0, mode: 'up' })).toBe(61);
    expect(parseRoundIncrement('6m')).toBe(6);
    expect(parseRoundIncrement('none')).toBe(0);
    expect(parseRoundIncrement('quarter')).toBeNull();
  });

  it('keeps a rate history where earlier work keeps the older rate', () => {
    let h = withRate([], { from: null, rate: 90 });
    h = withRate(h, { from: '2026-12-01', rate: 100 });
    expect(rateOn(h, '2026-11-30')).toBe(90);
    expect(rateOn(h, '2026-12-01')).toBe(100);
    h = withRate(h, { from: '2026-12-01', rate: 110 });
    expect(h).toHaveLength(2);
    expect(rateOn(h, '2027-01-01')).toBe(110);
    expect(rateOn(withRate([], { from: '2026-06-01', rate: 50 }), '2026-05-31')).toBeNull();
  });
});
