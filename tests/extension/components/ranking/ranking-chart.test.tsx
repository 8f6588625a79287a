import { expect, it } from 'vitest';
import { RankingChart } from '../../../../extension/components/ranking/RankingChart';
import { mount } from '../../fixtures/ui';

it('draws ranking bars in proportion and keeps hostile names as text', () => {
  const name = '<img src=x onerror=alert(1)> and a name long enough to be clipped';
  const root = mount(
    <RankingChart
      title="Ranking"
      bars={[
        { id: 'a', name, hours: 100, learning: false },
        { id: 'b', name: 'Small', hours: 25, learning: false },
      ]}
    />,
  );
  expect(root.querySelector('img')).toBeNull();
  const labels = [...root.querySelectorAll('g > text:first-of-type')].map((t) => t.textContent);
  expect(labels[0]).toBe(`${name.slice(0, 26)}…`);
  expect(root.querySelector('g > title')?.textContent).toBe(`${name}: 100 h weighted`);
  const filled = [...root.querySelectorAll('rect[fill="var(--chart-bar)"]')].map((r) =>
    Number(r.getAttribute('width')),
  );
  expect(filled[1]).toBeCloseTo((filled[0] ?? 0) / 4);
  expect(root.querySelector('svg')?.getAttribute('aria-label')).toContain('2. Small: 25 h weighted');
});

it('gives a still-learning chore no bar and no yearly figure', () => {
  const root = mount(
    <RankingChart
      title="Ranking"
      bars={[
        { id: 'a', name: 'Settled', hours: 40, learning: false },
        { id: 'b', name: 'New', hours: 900, learning: true },
      ]}
    />,
  );
  expect(root.querySelectorAll('rect[fill="var(--chart-bar)"]')).toHaveLength(1);
  expect(root.querySelector('svg')?.getAttribute('aria-label')).toContain('2. New: still learning');
  expect(root.textContent).not.toContain('900');
});
