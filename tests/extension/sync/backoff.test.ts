import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../../extension/sync/backoff';

describe('sync backoff', () => {
  it('doubles its ceiling with each failure, up to half an hour', () => {
    const top = (failures: number) => backoffMs(failures, 0, () => 1);
    expect([1, 2, 3, 4].map(top)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(top(30)).toBe(30 * 60_000);
  });

  it('spreads clients over the upper half of the window (jitter)', () => {
    expect(backoffMs(3, 0, () => 0)).toBe(10_000);
    expect(backoffMs(3, 0, () => 0.5)).toBe(15_000);
  });

  it('never retries sooner than Retry-After', () => {
    expect(backoffMs(1, 90_000, () => 1)).toBe(90_000);
  });
});
