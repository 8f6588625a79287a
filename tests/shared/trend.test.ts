import { describe, expect, it } from 'vitest';
import { trendOf } from '../../shared/trend';

describe('trend', () => {
  it('flags a chore that grows week after week', () => {
    const trend = trendOf([60, 70, 75, 90, 95, 110, 120, 130]);
    expect(trend.growing).toBe(true);
    expect(trend.slopeMinutesPerWeek).toBe(10);
  });

  it('flags steady growth from nothing', () => {
    expect(trendOf([0, 0, 10, 20, 30, 40]).growing).toBe(true);
  });

  it('does not flag one bad week at the end', () => {
    const trend = trendOf([30, 30, 30, 30, 30, 30, 30, 300]);
    expect(trend.growing).toBe(false);
    expect(trend.slopeMinutesPerWeek).toBe(0);
  });

  it('does not flag a flat, a shrinking or a noisy chore', () => {
    expect(trendOf([40, 40, 40, 40, 40, 40, 40, 40]).growing).toBe(false);
    expect(trendOf([130, 120, 110, 95, 90, 75, 70, 60]).growing).toBe(false);
    expect(trendOf([50, 20, 60, 30, 55, 25, 50, 30]).growing).toBe(false);
  });

  it('does not flag slow drift that adds less than a quarter of an average week', () => {
    expect(trendOf([100, 101, 102, 103, 104, 105, 106, 107]).growing).toBe(false);
  });

  it('needs four complete weeks before saying anything', () => {
    expect(trendOf([10, 20, 30]).growing).toBe(false);
    expect(trendOf([10, 20, 30, 40]).growing).toBe(true);
    expect(trendOf([])).toEqual({ weeklyMinutes: [], slopeMinutesPerWeek: 0, growing: false });
  });
});
