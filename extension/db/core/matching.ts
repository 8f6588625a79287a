import type { Chore } from '../../../shared/model';
import { choreKey } from '../../../shared/text';

/**
 * Chores matching what the user is typing, offered so the same chore is not created twice under a
 * slightly different name. Best first: the same key, the same words, a key starting with the text, a
 * near-duplicate (one typo in a longer word), a key containing the text; live before archived.
 */

// Little words a name can have or lack without being another chore ("Restart the flaky CI job").
const FILLER = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'on', 'in', 'at', 'my', 'our', 'some']);

/** One word as compared: a plural counts as its singular ("keys", "certificates", "bumps"). */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && /(ss|us|is)$/.test(word)) return word;
  if (word.length > 2 && word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** A key's words as compared: punctuation is a separator, filler words go, plurals are singular. */
function wordsOf(key: string): string[] {
  return key
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !FILLER.has(w))
    .map(stem);
}

/** Edit distance with a swap of two neighbours counting as one (optimal string alignment). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * The same words but for one typo: words of up to 4 letters must be equal ("CI" is not "CD", "bug" is
 * not "build"); one longer word may be one edit away ("restrat", "flakey").
 */
function nearDuplicate(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let typos = 0;
  for (const [i, word] of a.entries()) {
    const other = b[i] ?? '';
    if (word === other) continue;
    if (Math.min(word.length, other.length) <= 4 || distance(word, other, 1) > 1) return false;
    typos += 1;
  }
  return typos <= 1;
}

export function rankMatches(chores: readonly Chore[], text: string, limit = 5): Chore[] {
  const needle = choreKey(text);
  if (!needle) return [];
  const words = wordsOf(needle);
  const joined = words.join(' ');
  const rank = (c: Chore): number => {
    if (c.key === needle) return 0;
    const theirs = wordsOf(c.key);
    if (words.length > 0 && theirs.join(' ') === joined) return 1;
    if (c.key.startsWith(needle) || (joined !== '' && theirs.join(' ').startsWith(joined))) return 2;
    if (nearDuplicate(words, theirs)) return 3;
    return c.key.includes(needle) ? 4 : 5;
  };
  return chores
    .filter((c) => !c.deleted)
    .map((c) => ({ c, rank: rank(c) }))
    .filter((m) => m.rank < 5)
    .sort(
      (a, b) =>
        a.rank - b.rank || Number(a.c.archived) - Number(b.c.archived) || a.c.key.localeCompare(b.c.key),
    )
    .slice(0, limit)
    .map((m) => m.c);
}
