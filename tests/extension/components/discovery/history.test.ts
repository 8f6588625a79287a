import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readHistory } from '../../../../extension/components/discovery/history';

// The browser's history API stands in here (the fake browser has none); the e2e tests read a real one.
type Page = { url: string; visits: number[] };

const FROM = 1_000;
const TO = 9_000;
let inFlight = 0;
let mostInFlight = 0;

function serve(pages: Page[]) {
  const history = fakeBrowser.history as unknown as Record<string, unknown>;
  history.search = async () => pages.map(({ url }, i) => ({ id: String(i), url }));
  history.getVisits = async ({ url }: { url: string }) => {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    // Answers arrive out of order, later pages first.
    await new Promise((resolve) =>
      setTimeout(resolve, (pages.length - pages.findIndex((p) => p.url === url)) % 7),
    );
    inFlight--;
    return (pages.find((p) => p.url === url)?.visits ?? []).map((visitTime, k) => ({
      id: `${k}`,
      visitTime,
    }));
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  inFlight = 0;
  mostInFlight = 0;
});

it('reads every page’s visits in the window, several pages at a time, in the order the history gave them', async () => {
  const pages: Page[] = Array.from({ length: 300 }, (_, i) => ({
    url: i % 50 === 7 ? `ftp://files.example.com/${i}` : `https://ci.example.com/job/${i}/`,
    visits: [FROM - 1, FROM + i, TO, TO + 1],
  }));
  serve(pages);
  const visits = await readHistory(FROM, TO);
  // Each http(s) page's two visits inside the window; the ftp pages and the visits outside are left out.
  const expected = pages
    .map((p, i) => ({ ...p, i }))
    .filter((p) => p.url.startsWith('https:'))
    .flatMap(({ url, i }) => [
      { url, at: FROM + i },
      { url, at: TO },
    ]);
  expect(visits).toEqual(expected);
  expect(mostInFlight).toBeGreaterThan(1);
  expect(mostInFlight).toBeLessThanOrEqual(64);
});

it('tells how far the read has come: from none to every page, never backwards', async () => {
  const pages: Page[] = Array.from({ length: 150 }, (_, i) => ({
    url: `https://ci.example.com/job/${i}/`,
    visits: [FROM + i],
  }));
  serve(pages);
  const heard: [number, number][] = [];
  await readHistory(FROM, TO, (read, of) => heard.push([read, of]));
  expect(heard[0]).toEqual([0, 150]);
  expect(heard.at(-1)).toEqual([150, 150]);
  expect(heard.every(([read, of], k) => of === 150 && read >= (heard[k - 1]?.[0] ?? 0))).toBe(true);
  // Along the way too, not only at the two ends.
  expect(heard.length).toBeGreaterThan(2);
});
