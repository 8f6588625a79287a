import { describe, expect, it } from 'vitest';
import { DISCOVERY, discover, type Visit } from '../../shared/discovery';
import { berlin, MIN, options } from './discovery-history';

const DAYS = [1, 3, 8, 10, 15, 17, 22, 24];
const templatesOf = (visits: Visit[]) =>
  discover(visits, options()).candidates.map((c) => [...c.templates].sort());

/** On each day, a visit to each page at the given minutes past 10:00. */
function visits(pages: Record<string, number[]>, days = DAYS): Visit[] {
  return days.flatMap((d) =>
    Object.entries(pages).flatMap(([url, minutes]) =>
      minutes.map((m) => ({ url, at: berlin(d, 10) + m * MIN })),
    ),
  );
}

describe('templates always visited together', () => {
  const job = 'https://ci.example.com/job/api/77/';
  const console_ = 'https://ci.example.com/job/api/77/console';

  it('merge into one candidate whose minutes cover both', () => {
    const found = discover(visits({ [job]: [0, 12], [console_]: [3] }), options()).candidates;
    expect(found.map((c) => c.templates)).toEqual([
      ['ci.example.com/job/api/*', 'ci.example.com/job/api/*/console'],
    ]);
    expect(found[0]?.typicalMinutes).toBe(13);
    expect(found[0]?.visits).toBe(DAYS.length * 3);
  });

  it('merge when less than the burst gap apart, not only when overlapping', () => {
    expect(templatesOf(visits({ [job]: [0], [console_]: [29] }))).toHaveLength(1);
    expect(templatesOf(visits({ [job]: [0], [console_]: [30] }))).toHaveLength(2);
  });

  it('need 90% of each one’s occurrences together: 7 of 8 is not always', () => {
    const alone = discover(
      [
        ...visits({ [job]: [0], [console_]: [3] }, DAYS.slice(1)),
        ...visits({ [job]: [0] }, DAYS.slice(0, 1)),
      ],
      options(),
    );
    expect(alone.candidates.map((c) => c.templates)).toHaveLength(2);
    // With the share lowered to 7 in 8, they merge.
    const merged = discover(
      [
        ...visits({ [job]: [0], [console_]: [3] }, DAYS.slice(1)),
        ...visits({ [job]: [0] }, DAYS.slice(0, 1)),
      ],
      options({ rules: { togetherShare: 7 / 8 } }),
    );
    expect(merged.candidates).toHaveLength(1);
    expect(DISCOVERY.togetherShare).toBe(0.9);
  });

  it('need it both ways: a page visited in every rebuild and at other times too stays apart', () => {
    const rebuilds = visits({ [job]: [0], [console_]: [3] });
    const consoleAlone = visits({ [console_]: [0] }, [2, 4, 9, 11, 16, 18, 23, 25]);
    expect(templatesOf([...rebuilds, ...consoleAlone])).toHaveLength(2);
  });

  it('merge transitively: A with B and B with C make one candidate', () => {
    const a = 'https://ci.example.com/a';
    const b = 'https://ci.example.com/b';
    const c = 'https://ci.example.com/c';
    expect(templatesOf(visits({ [a]: [0], [b]: [20], [c]: [40] }))).toEqual([
      ['ci.example.com/a', 'ci.example.com/b', 'ci.example.com/c'],
    ]);
  });

  it('merge only within one host', () => {
    const other = 'https://deploy.example.com/pipelines/api/9';
    expect(templatesOf(visits({ [job]: [0], [other]: [3] }))).toHaveLength(2);
  });

  it('lead with the most visited template, and keep one id whatever the order of the input', () => {
    const input = visits({ [job]: [0, 12], [console_]: [3] });
    const [a] = discover(input, options()).candidates;
    const [b] = discover([...input].reverse(), options()).candidates;
    expect(a?.template).toBe('ci.example.com/job/api/*');
    expect(b?.id).toBe(a?.id);
    expect(b?.templateIds).toEqual(a?.templateIds);
  });
});
