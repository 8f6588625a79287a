import type { Bursts } from './bursts';
import { type Pace, pacer } from './pace';

/**
 * "Templates of one host that always appear together merge into one." Precisely: a burst of template A
 * is together with template B when some burst of B is less than the burst gap away from it (or overlaps
 * it): had A and B been one template, those visits would have been one burst. A and B merge when at least
 * `share` of A's bursts are together with B and at least `share` of B's are together with A. Merging is
 * transitive (A with B and B with C make one candidate of three). Returns groups of template indices.
 *
 * A step of discovery (see discoverSteps): it yields every few thousand bursts, since a busy host can
 * have thousands of them (twelve weeks of a code forge's pages, say).
 */
export function* togetherGroups(
  templates: readonly Bursts[],
  gapMs: number,
  share: number,
): Generator<void, number[][]> {
  const n = templates.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const pace = pacer();
  for (const pair of yield* nearPairs(templates, gapMs, pace)) {
    const a = Math.floor(pair / n);
    const b = pair % n;
    const [A, B] = [templates[a], templates[b]];
    if (!A || !B) continue;
    if (pace((A.starts.length + B.starts.length) * BURST)) yield;
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

/** A burst handled, in units of work (pace.ts): far cheaper than templating a visit. */
const BURST = 1 / 16;

/**
 * The pairs of templates (a * n + b, a < b) with at least one burst of each less than the gap apart. One
 * sweep over all bursts by start, keeping the templates whose last burst ended less than the gap ago.
 */
function* nearPairs(templates: readonly Bursts[], gapMs: number, pace: Pace): Generator<void, Set<number>> {
  const n = templates.length;
  const { owner, starts, ends } = yield* byStart(templates, pace);
  const lastEnd = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  // The templates whose last burst ended less than the gap before the current one starts.
  const active = new Uint32Array(n);
  let live = 0;
  const pairs = new Set<number>();
  for (let i = 0; i < owner.length; i++) {
    if (pace(BURST)) yield;
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

type AllBursts = { owner: Uint32Array; starts: Float64Array; ends: Float64Array };

/**
 * Every burst of every template, in order of start (ties: the template listed first), with its template.
 * Each template's bursts ascend already, so they are merged (a heap of the templates by their next burst)
 * rather than sorted.
 */
function* byStart(templates: readonly Bursts[], pace: Pace): Generator<void, AllBursts> {
  let total = 0;
  for (const b of templates) total += b.starts.length;
  const all: AllBursts = {
    owner: new Uint32Array(total),
    starts: new Float64Array(total),
    ends: new Float64Array(total),
  };
  // The position of each template's next burst, and a binary heap of the templates that have one left.
  const next = new Uint32Array(templates.length);
  const heap: number[] = [];
  const at = (t: number) => templates[t]?.starts[next[t] ?? 0] ?? Number.POSITIVE_INFINITY;
  const before = (x: number, y: number) => at(x) < at(y) || (at(x) === at(y) && x < y);
  const sift = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && before(heap[l] ?? 0, heap[least] ?? 0)) least = l;
      if (r < heap.length && before(heap[r] ?? 0, heap[least] ?? 0)) least = r;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least] ?? 0, heap[i] ?? 0];
      i = least;
    }
  };
  for (let t = 0; t < templates.length; t++) if ((templates[t]?.starts.length ?? 0) > 0) heap.push(t);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) sift(i);
  for (let k = 0; k < total; k++) {
    if (pace(BURST)) yield;
    const t = heap[0] ?? 0;
    const b = templates[t];
    const j = next[t] ?? 0;
    all.owner[k] = t;
    all.starts[k] = b?.starts[j] ?? 0;
    all.ends[k] = b?.ends[j] ?? all.starts[k] ?? 0;
    next[t] = j + 1;
    if (j + 1 >= (b?.starts.length ?? 0)) {
      // That template is done: the heap's last entry takes its place.
      const last = heap.pop() ?? 0;
      if (heap.length === 0) break;
      heap[0] = last;
    }
    sift(0);
  }
  return all;
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
