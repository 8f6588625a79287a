import { expect, it } from 'vitest';
import { activeHost } from '../../../../extension/components/popup/active-host';

const tabsWith = (tab: { url?: string; incognito: boolean }) => ({
  query: async () => [
    { ...tab, id: 1, index: 0, pinned: false, highlighted: true, windowId: 1, active: true },
  ],
});

it.each([
  [{ url: 'https://github.com/org/repo/pull/1?token=secret', incognito: false }, 'github.com'],
  [{ url: 'http://localhost:8080/admin', incognito: false }, 'localhost:8080'],
  [{ url: 'https://private.example.org/', incognito: true }, undefined],
  [{ url: 'chrome://extensions/', incognito: false }, undefined],
  [{ url: 'file:///home/me/notes.txt', incognito: false }, undefined],
  [{ incognito: false }, undefined],
])('reads only the host of a normal web tab: %o -> %s', async (tab, host) => {
  expect(await activeHost(tabsWith(tab) as never)).toBe(host);
});
