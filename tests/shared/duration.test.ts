import { describe, expect, it } from 'vitest';
import { formatHours, formatMinutes } from '../../extension/lib/format';
import { formatDuration, formatDurationHours } from '../../shared/duration';
import { formatHours as explainHours, formatMinutes as explainMinutes } from '../../shared/explain';

describe('one duration format for every figure of time', () => {
  it.each([
    [0, '0 min'],
    [0.2, 'under 1 min'],
    [0.5, '1 min'],
    [12.4, '12 min'],
    [46, '46 min'],
    [59.4, '59 min'],
    [59.6, '1 h'],
    [67, '1 h 7 min'],
    [90, '1 h 30 min'],
    [599.4, '9 h 59 min'],
    [599.6, '10 h'],
    [620, '10 h'],
    [7860, '131 h'],
    [74_040, '1,234 h'],
    [-46, '-46 min'],
  ])('%f minutes read as %s', (minutes, text) => expect(formatDuration(minutes)).toBe(text));

  it('reads hours the same way: 0.8 h is 48 min, never "0.8 h"', () => {
    expect(formatDurationHours(0.8)).toBe('48 min');
    expect(formatDurationHours(1.5)).toBe('1 h 30 min');
    expect(formatDurationHours(131)).toBe('131 h');
  });

  it('is the one the popup, the full page and the explanations use', () => {
    for (const m of [0.2, 7.5, 46, 67, 599.6, 7860]) {
      expect(formatMinutes(m)).toBe(formatDuration(m));
      expect(explainMinutes(m)).toBe(formatDuration(m));
      expect(formatHours(m / 60)).toBe(formatDuration(m));
      expect(explainHours(m / 60)).toBe(formatDuration(m));
    }
  });
});
