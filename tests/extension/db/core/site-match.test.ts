import { expect, it } from 'vitest';
import { hostMatches } from '../../../../extension/db/core/site-match';

it.each([
  ['github.com', 'github.com', true],
  ['GitHub.com.', 'github.com', true],
  ['gist.github.com', 'github.com', false],
  ['gist.github.com', '*.github.com', true],
  ['github.com', '*.github.com', true],
  ['evilgithub.com', '*.github.com', false],
  ['github.com.evil.org', 'github.com', false],
  ['localhost:8080', 'localhost:8080', true],
  ['localhost:3000', 'localhost:8080', false],
  ['localhost:3000', 'localhost', true],
  [undefined, 'github.com', false],
  ['github.com', undefined, false],
])('host %s against pattern %s matches: %s', (host, pattern, expected) => {
  expect(hostMatches(host, pattern)).toBe(expected);
});
