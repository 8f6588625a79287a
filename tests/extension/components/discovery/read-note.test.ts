import { expect, it } from 'vitest';
import { readNote } from '../../../../extension/components/discovery/read-note';
import { discover, type Visit } from '../../../../shared/discovery';
import { berlin, MIN, options, realisticHistory } from '../../../shared/discovery-history';

it('says how many visits were read when it found candidates', () => {
  const found = discover(realisticHistory(), options());
  expect(found.candidates.length).toBeGreaterThan(0);
  expect(readNote(found)).toBe(`Read ${found.stats.read.toLocaleString('en-US')} visits of 4 weeks.`);
});

it('says why nothing was found: no visits at all, or none that recurs, and what to try', () => {
  const none = discover([{ url: 'moz-extension://abc/dashboard.html', at: berlin(3, 10) }], options());
  expect(readNote(none)).toBe(
    'No visits to web pages in the last 4 weeks of this browser’s history, so nothing to look for yet. Browse as usual and look again in a few days.',
  );
  const once: Visit[] = [
    { url: 'https://ci.example.com/job/api/1/', at: berlin(3, 10) },
    { url: 'https://ci.example.com/job/api/2/', at: berlin(3, 10) + 5 * MIN },
  ];
  expect(readNote(discover(once, options()))).toBe(
    'Read 2 visits of 4 weeks. Nothing in them recurs as a chore does: a page needs 3 visits on 2 days in 2 different weeks. Reading more weeks may find some.',
  );
  expect(readNote(discover(once.slice(0, 1), options({ windowWeeks: 12 })))).toBe(
    'Read 1 visit of 12 weeks. Nothing in them recurs as a chore does: a page needs 3 visits on 2 days in 2 different weeks.',
  );
});
