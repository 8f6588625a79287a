import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const DOCS = [
  'README.md',
  'worker/README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsOf = (file: string) =>
  new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => slug(l.replace(/^#+ /, ''))),
  );

/** Every link and picture a page holds: Markdown links and images, and HTML src/href attributes. */
function linksOf(text: string): string[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const markdown = [...withoutCode.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? '');
  const html = [...withoutCode.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
  return [...markdown, ...html];
}

describe('the documentation’s links', () => {
  it.each(DOCS)('%s: every relative link resolves, to a file and to a heading', (doc) => {
    const file = path.join(root, doc);
    const broken: string[] = [];
    for (const link of linksOf(readFileSync(file, 'utf8'))) {
      if (/^[a-z]+:/i.test(link)) continue;
      const [target = '', anchor] = link.split('#');
      const resolved = target ? path.resolve(path.dirname(file), decodeURI(target)) : file;
      if (!existsSync(resolved)) broken.push(`${link} (no file ${path.relative(root, resolved)})`);
      else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) {
        broken.push(`${link} (no heading #${anchor} in ${path.relative(root, resolved)})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('reads a heading’s anchor as GitHub makes it', () => {
    expect(slug('minPeople: what it protects, and what it does not')).toBe(
      'minpeople-what-it-protects-and-what-it-does-not',
    );
    expect(slug('Log from the `toil` command')).toBe('log-from-the-toil-command');
  });
});
