import { expect, it } from 'vitest';
import { trackedBy } from '../../../../extension/components/discovery/run-discovery';
import { discover } from '../../../../shared/discovery';
import { options, realisticHistory } from '../../../shared/discovery-history';
import { chore } from '../../../shared/fixtures';

it('shows a candidate whose host a live chore’s site pattern covers as already tracked', () => {
  const chores = [
    chore({ name: 'Tickets', sitePattern: '*.example.com' }),
    chore({ name: 'Gone', sitePattern: 'ci.example.com', deleted: true }),
  ];
  const tracked = discover(realisticHistory(), options({ isTracked: trackedBy(chores) })).candidates;
  expect(tracked.length).toBeGreaterThan(0);
  expect(tracked.every((c) => c.tracked)).toBe(true);
  const onlyCi = trackedBy([chore({ name: 'CI', sitePattern: 'ci.example.com' })]);
  const found = discover(realisticHistory(), options({ isTracked: onlyCi })).candidates;
  expect(found.filter((c) => c.tracked).map((c) => c.host)).toEqual(['ci.example.com']);
});
