import { expect, it } from 'vitest';
import { type PaintTiming, whenPainted } from '../../../extension/lib/first-paint';

/** A page whose paint entries the test adds, and whose observer the test triggers. */
function fakePage(supported = ['paint']) {
  const entries: string[] = [];
  const observers: { callback: () => void; observing: boolean }[] = [];
  class Observer {
    static supportedEntryTypes = supported;
    private readonly state: { callback: () => void; observing: boolean };
    constructor(callback: () => void) {
      this.state = { callback, observing: false };
      observers.push(this.state);
    }
    observe() {
      this.state.observing = true;
    }
    disconnect() {
      this.state.observing = false;
    }
  }
  const timing = {
    performance: { getEntriesByName: (name: string) => entries.filter((e) => e === name) },
    Observer,
  } as unknown as PaintTiming;
  const paint = (name: string) => {
    entries.push(name);
    for (const o of observers) if (o.observing) o.callback();
  };
  return { timing, paint, observers };
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await new Promise((r) => setTimeout(r, 5));
  return done;
};

it('waits for the first contentful paint, not the first paint, and stops observing then', async () => {
  const page = fakePage();
  const painted = whenPainted(page.timing, 10_000);
  expect(await settled(painted)).toBe(false);
  page.paint('first-paint');
  expect(await settled(painted)).toBe(false);
  page.paint('first-contentful-paint');
  expect(await settled(painted)).toBe(true);
  expect(page.observers.map((o) => o.observing)).toEqual([false]);
});

it('resolves at once when the page has painted already or cannot report paints', async () => {
  const page = fakePage();
  page.paint('first-contentful-paint');
  expect(await settled(whenPainted(page.timing, 10_000))).toBe(true);
  expect(await settled(whenPainted(fakePage([]).timing, 10_000))).toBe(true);
  expect(await settled(whenPainted(undefined, 10_000))).toBe(true);
});

it('gives up waiting after the fallback when no paint is reported (a page never shown)', async () => {
  const page = fakePage();
  const painted = whenPainted(page.timing, 30);
  expect(await settled(painted)).toBe(false);
  await new Promise((r) => setTimeout(r, 40));
  expect(await settled(painted)).toBe(true);
  expect(page.observers.map((o) => o.observing)).toEqual([false]);
});
