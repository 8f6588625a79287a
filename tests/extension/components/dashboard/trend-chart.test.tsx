import { expect, it } from 'vitest';
import { TrendChart } from '../../../../extension/components/dashboard/TrendChart';
import { mount } from '../../fixtures/ui';

it('describes a trend chart with every week in its accessible name, and highlights this week', () => {
  const root = mount(
    <TrendChart
      name="Restart CI"
      weekLabels={['2026-11-09', '2026-11-16', '2026-11-23']}
      minutes={[30, 0, 90]}
    />,
  );
  const svg = root.querySelector('svg');
  expect(svg?.getAttribute('role')).toBe('img');
  expect(svg?.getAttribute('aria-label')).toBe(
    'Weekly minutes of Restart CI, last 3 weeks: 2026-11-09: 30 min, 2026-11-16: 0 min, 2026-11-23: 1 h 30 min',
  );
  const bars = [...root.querySelectorAll('rect')];
  const heights = bars.map((b) => Number(b.getAttribute('height')));
  expect(heights[0]).toBeCloseTo(56 / 3);
  expect(heights.slice(1)).toEqual([0, 56]);
  expect(bars.at(-1)?.getAttribute('fill')).toBe('var(--chart-bar-2)');
});
