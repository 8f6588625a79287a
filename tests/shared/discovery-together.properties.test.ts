import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bursts } from '../../shared/discovery/bursts';
import { togetherGroups } from '../../shared/discovery/together';

const GAP = 30;

/** Bursts of one template: ascending, never overlapping, at least the gap apart (as bursts() makes them). */
const template = fc
  .array(fc.record({ pause: fc.integer({ min: 0, max: 120 }), span: fc.integer({ min: 0, max: 40 }) }), {
    maxLength: 14,
  })
  .map((steps): Bursts => {
    const starts: number[] = [];
    const ends: number[] = [];
    let at = 0;
    for (const { pause, span } of steps) {
      const start = starts.length ? at + GAP + pause : pause;
      starts.push(start);
      ends.push(start + span);
      at = start + span;
    }
    return { starts, ends };
  });

/** The rule as written, pair by pair and burst by burst: the slow reading togetherGroups must agree with. */
function byDefinition(templates: readonly Bursts[], share: number): number[][] {
  const near = (A: Bursts, k: number, B: Bursts) =>
    B.starts.some((s, j) => s - (A.ends[k] ?? 0) < GAP && (A.starts[k] ?? 0) - (B.ends[j] ?? 0) < GAP);
  const together = (A: Bursts, B: Bursts) =>
    A.starts.filter((_, k) => near(A, k, B)).length >= share * A.starts.length;
  const group = templates.map((_, i) => i);
  const join = (a: number, b: number) => {
    const [from, to] = [group[b], group[a]];
    for (let i = 0; i < group.length; i++) if (group[i] === from) group[i] = to ?? 0;
  };
  for (let a = 0; a < templates.length; a++) {
    for (let b = a + 1; b < templates.length; b++) {
      const [A, B] = [templates[a], templates[b]];
      if (A?.starts.length && B?.starts.length && together(A, B) && together(B, A)) join(a, b);
    }
  }
  const groups = new Map<number, number[]>();
  for (const [i, g] of group.entries()) groups.set(g, [...(groups.get(g) ?? []), i]);
  return [...groups.values()];
}

function run<T>(steps: Generator<void, T>): { value: T; yields: number } {
  for (let yields = 0; ; yields++) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
  }
}

const sorted = (groups: number[][]) =>
  groups.map((g) => [...g].sort((x, y) => x - y)).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));

describe('templates merged when always visited together', () => {
  it('are the groups the rule defines, pair by pair (any bursts, any share)', () => {
    fc.assert(
      fc.property(
        fc.array(template, { maxLength: 9 }),
        fc.constantFrom(0.5, 0.75, 0.9, 1),
        (templates, share) => {
          expect(sorted(run(togetherGroups(templates, GAP, share)).value)).toEqual(
            sorted(byDefinition(templates, share)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('are found in steps: a host with thousands of bursts gives the thread back along the way', () => {
    const many = (offset: number): Bursts => {
      const starts = Array.from({ length: 3000 }, (_, k) => offset + k * 1000);
      return { starts, ends: starts.map((s) => s + 5) };
    };
    const { value, yields } = run(togetherGroups([many(0), many(10), many(500)], GAP, 0.9));
    expect(sorted(value)).toEqual([[0, 1], [2]]);
    expect(yields).toBeGreaterThan(3);
  });
});
