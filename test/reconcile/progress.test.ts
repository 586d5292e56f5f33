import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeText } from '../../src/platform/safe-output.ts';
import { progress } from '../../src/reconcile/progress.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('progress line', () => {
  it('stays quiet when the work ends within a second, on a terminal too', () => {
    vi.useFakeTimers();
    const err: string[] = [];
    const p = progress({ isTTY: true, err: (t) => void err.push(t) });
    p.commits(5000);
    vi.advanceTimersByTime(999);
    p.done();
    vi.advanceTimersByTime(5000);
    expect(err).toEqual([]);
  });

  it('shows commits and events read once the work takes over a second, then erases itself', () => {
    vi.useFakeTimers();
    const err: string[] = [];
    // As the terminal gets it, through the safe writer: tt's own carriage return and erase pass.
    const p = progress({ isTTY: true, err: (t) => void err.push(safeText(t)) });
    p.commits(12_000);
    p.events(40);
    vi.advanceTimersByTime(1000);
    expect(err).toEqual(['\r\x1b[2Kreading evidence: 12,000 commits, 40 events']);
    p.commits(1000);
    vi.advanceTimersByTime(200);
    expect(err[1]).toBe('\r\x1b[2Kreading evidence: 13,000 commits, 40 events');
    p.done();
    expect(err[err.length - 1]).toBe('\r\x1b[2K');
  });

  it('never writes when stderr is not a terminal', () => {
    vi.useFakeTimers();
    const err: string[] = [];
    const p = progress({ isTTY: false, err: (t) => void err.push(t) });
    vi.advanceTimersByTime(10_000);
    p.done();
    expect(err).toEqual([]);
  });
});
