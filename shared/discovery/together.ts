import type { Bursts } from './bursts';

/**
 * "Templates of one host that always appear together merge into one." Precisely: a burst of template A
 * is together with template B when some burst of B is less than the burst gap away from it (or overlaps
 * it): had A and B been one template, those visits would have been one burst. A and B merge when at least
 * `share` of A's bursts are together with B and at least `share` of B's are together with A. Merging is
 * transitive (A with B and B with C make one candidate of three). Returns groups of template indices.
 */
export function togetherGroups(templates: readonly Bursts[], gapMs: number, share: number): number[][] {
  const n = templates.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (const pair of nearPairs(templates, gapMs)) {
    const a = Math.floor(pair / n);
    const b = pair % n;
    const [A, B] = [templates[a], templates[b]];
    if (!A || !B) continue;
    if (together(A, B, gapMs, share * A.starts.length) && together(B, A, gapMs, share * B.starts.length)) {
      parent[root(b)] = root(a);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = root(i);
    const group = groups.get(r) ?? [];
    group.push(i);
    groups.set(r, group);
  }
  return [...groups.values()];
}

/**
 * The pairs of templates (a * n + b, a < b) with at least one burst of each less than the gap apart. One
 * sweep over all bursts by start, keeping the templates whose last burst ended less than the gap ago.
 */
function nearPairs(templates: readonly Bursts[], gapMs: number): Set<number> {
  const n = templates.length;
  let total = 0;
  for (const b of templates) total += b.starts.length;
  const owner = new Uint32Array(total);
  const starts = new Float64Array(total);
  const ends = new Float64Array(total);
  let k = 0;
  for (const [i, b] of templates.entries()) {
    for (const [j, start] of b.starts.entries()) {
      owner[k] = i;
      starts[k] = start;
      ends[k++] = b.ends[j] ?? start;
    }
  }
  const order = new Uint32Array(total).map((_, i) => i).sort((x, y) => (starts[x] ?? 0) - (starts[y] ?? 0));
  const lastEnd = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  // The templates whose last burst ended less than the gap before the current one starts.
  const active = new Uint32Array(n);
  let live = 0;
  const pairs = new Set<number>();
  for (const i of order) {
    const a = owner[i] ?? 0;
    const start = starts[i] ?? 0;
    let kept = 0;
    for (let x = 0; x < live; x++) {
      const b = active[x] ?? 0;
      if (start - (lastEnd[b] ?? 0) >= gapMs) continue;
      active[kept++] = b;
      if (b !== a) pairs.add(a < b ? a * n + b : b * n + a);
    }
    live = kept;
    if (!((lastEnd[a] ?? 0) > start - gapMs)) active[live++] = a;
    lastEnd[a] = Math.max(lastEnd[a] ?? 0, ends[i] ?? start);
  }
  return pairs;
}

/**
 * Whether at least `need` bursts of A have a burst of B less than the gap away. The bursts of one template
 * never overlap, so B's starts and ends both ascend: one walk over each, stopped once `need` is out of reach.
 */
function together(A: Bursts, B: Bursts, gapMs: number, need: number): boolean {
  let count = 0;
  let p = 0;
  const total = A.starts.length;
  for (let k = 0; k < total && count + (total - k) >= need; k++) {
    const start = A.starts[k] ?? 0;
    const end = A.ends[k] ?? start;
    // B's bursts that end more than the gap before this one starts are too early for every later one too.
    while (p < B.ends.length && start - (B.ends[p] ?? 0) >= gapMs) p++;
    if (p < B.starts.length && (B.starts[p] ?? 0) - end < gapMs) count++;
  }
  return count >= need;
}
