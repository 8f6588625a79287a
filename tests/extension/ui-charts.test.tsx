import { expect, it } from 'vitest';
import { TrendChart } from '../../extension/components/dashboard/TrendChart';
import { RankingChart } from '../../extension/components/ranking/RankingChart';
import { mount } from './ui-harness';

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

it('draws ranking bars in proportion and keeps hostile names as text', () => {
  const name = '<img src=x onerror=alert(1)> and a name long enough to be clipped';
  const root = mount(
    <RankingChart
      title="Ranking"
      bars={[
        { id: 'a', name, hoursPerYear: 100 },
        { id: 'b', name: 'Small', hoursPerYear: 25 },
      ]}
    />,
  );
  expect(root.querySelector('img')).toBeNull();
  const labels = [...root.querySelectorAll('g > text:first-of-type')].map((t) => t.textContent);
  expect(labels[0]).toBe(`${name.slice(0, 26)}…`);
  expect(root.querySelector('g > title')?.textContent).toBe(`${name}: 100 h a year`);
  const filled = [...root.querySelectorAll('rect[fill="var(--chart-bar)"]')].map((r) =>
    Number(r.getAttribute('width')),
  );
  expect(filled[1]).toBeCloseTo((filled[0] ?? 0) / 4);
  expect(root.querySelector('svg')?.getAttribute('aria-label')).toContain('2. Small: 25 h a year');
});
