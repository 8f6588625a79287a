import { expect, it } from 'vitest';
import { TrendChart } from '../../../../extension/components/dashboard/TrendChart';
import { mount } from '../../fixtures/ui';

const weeks = ['2026-11-09', '2026-11-16', '2026-11-23'];
const ticks = ['9 Nov', '', '23 Nov'];

it('describes a trend chart with every week in its accessible name, and marks this week as so far', () => {
  const root = mount(
    <TrendChart name="Restart CI" weekLabels={weeks} ticks={ticks} minutes={[30, 0, 90]} max={90} partial />,
  );
  const svg = root.querySelector('svg');
  expect(svg?.getAttribute('role')).toBe('img');
  expect(svg?.getAttribute('aria-label')).toBe(
    'Weekly minutes of Restart CI, last 3 weeks: 2026-11-09: 30 min, 2026-11-16: 0 min, 2026-11-23: 1 h 30 min so far',
  );
  const bars = [...root.querySelectorAll('rect')];
  const heights = bars.map((b) => Number(b.getAttribute('height')));
  expect(heights[0]).toBeCloseTo(56 / 3);
  expect(heights.slice(1)).toEqual([0, 56]);
  // Same colour, lighter and outlined: not an orange bar that reads as a drop.
  expect(bars.at(-1)?.getAttribute('class')).toBe('partial');
  expect(bars.at(-1)?.getAttribute('fill')).toBe(bars[0]?.getAttribute('fill'));
  expect([...root.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
    '1 h 30 min/wk',
    '9 Nov',
    '23 Nov',
  ]);
});

it('draws every chart on the scale it is given, so 11 min a week is not as tall as 1 h 40', () => {
  const small = mount(
    <TrendChart name="a" weekLabels={weeks} ticks={ticks} minutes={[11, 11, 11]} max={100} partial={false} />,
  );
  const big = mount(
    <TrendChart
      name="b"
      weekLabels={weeks}
      ticks={ticks}
      minutes={[100, 100, 100]}
      max={100}
      partial={false}
    />,
  );
  const height = (root: HTMLElement) => Number(root.querySelector('rect')?.getAttribute('height'));
  expect(height(small) / height(big)).toBeCloseTo(0.11);
  expect(small.querySelector('.partial')).toBeNull();
});

it('marks the week an automation went live', () => {
  const root = mount(
    <TrendChart
      name="Rotate"
      weekLabels={weeks}
      ticks={ticks}
      minutes={[60, 20, 5]}
      max={60}
      partial
      goLive={1}
    />,
  );
  expect(root.querySelector('.go-live')?.textContent).toBe('automated');
  expect(root.querySelector('svg')?.getAttribute('aria-label')).toMatch(
    /; automated in the week of 2026-11-16$/,
  );
});
