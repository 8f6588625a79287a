import { describe, expect, it } from 'vitest';
import { mark, verdict } from '../../bench/harness';

describe('a benchmark’s verdict', () => {
  it('is within budget when every ratio is within its ceiling, over when one is not', () => {
    expect(verdict([1.19, 1.5], [1.4, 1.5])).toBe(true);
    expect(verdict([1.19, 1.5], [1.51, 1.5])).toBe(false);
  });

  it('is not measured, never over, when a figure it needs is missing', () => {
    // A round whose baseline paint was not measured: its ratio is NaN (or Infinity over a zero).
    expect(verdict([1.19, 1.5], [Number.NaN, 1.5])).toBeNull();
    expect(verdict([Number.POSITIVE_INFINITY, 1.5])).toBeNull();
    expect(mark({ withinBudget: verdict([1.19, 1.5], [Number.NaN, 1.5]) })).toBe('NOT MEASURED');
    expect(mark({ withinBudget: false })).toBe('OVER');
    expect(mark({ withinBudget: true })).toBe('ok');
  });
});
