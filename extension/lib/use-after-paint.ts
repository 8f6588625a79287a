import { useEffect, useState } from 'preact/hooks';
import { firstPaint } from './first-paint';

/**
 * What `load` gives, once the page's first frame is painted (first-paint.ts), or at once with `now`;
 * undefined until then. For what the first frame can do without: a view's code loaded on demand, a
 * card drawn in the frame after. `load` runs once, when the component first renders.
 */
export function useAfterPaint<T>(load: () => T | Promise<T>, now = false): T | undefined {
  // Boxed: a component (a function) as the value would otherwise be taken for a state updater.
  const [loaded, setLoaded] = useState<{ value: T }>();
  useEffect(() => {
    let live = true;
    void (now ? Promise.resolve() : firstPaint()).then(load).then((value) => live && setLoaded({ value }));
    return () => {
      live = false;
    };
  }, []);
  return loaded?.value;
}
