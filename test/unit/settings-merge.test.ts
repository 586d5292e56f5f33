import { describe, expect, it } from 'vitest';
import { mergeSettings, type SettingsFile } from '../../src/store/settings.ts';
import { findOverrides } from '../../src/sync/overrides.ts';

const file = (device: string, values: SettingsFile['values']): SettingsFile => ({ version: 1, device, values });

describe('settings merge (last writer wins per key)', () => {
  const laptop = file('laptop', { 'client:acme': { value: { rate: 95 }, clock: 200 }, 'config:tz': { value: 'Europe/Berlin', clock: 100 } });
  const desktop = file('desktop', { 'client:acme': { value: { rate: 100 }, clock: 300 }, 'config:idle': { value: 20, clock: 150 } });

  it('takes the highest clock per key, and every key from any device', () => {
    const w = mergeSettings([laptop, desktop]);
    expect(w.get('client:acme')).toMatchObject({ device: 'desktop', value: { rate: 100 } });
    expect(w.get('config:tz')!.value).toBe('Europe/Berlin');
    expect(w.get('config:idle')!.value).toBe(20);
  });

  it('breaks a tie by device id, the same way on every machine', () => {
    const a = file('aaa', { k: { value: 1, clock: 5 } });
    const b = file('bbb', { k: { value: 2, clock: 5 } });
    expect(mergeSettings([a, b]).get('k')!.value).toBe(2);
    expect(mergeSettings([b, a]).get('k')!.value).toBe(2);
  });

  it('reports a key changed on two devices since the last sync, not one changed on one side', () => {
    const w = mergeSettings([laptop, desktop]);
    expect(findOverrides([laptop, desktop], w, 0)).toEqual([
      { key: 'client:acme', kept: { device: 'desktop', value: { rate: 100 } }, dropped: { device: 'laptop', value: { rate: 95 } } },
    ]);
    // Once both edits are older than the last sync, there is nothing new to report.
    expect(findOverrides([laptop, desktop], w, 300)).toEqual([]);
  });
});
