import { useEffect, useState } from 'preact/hooks';

/** The setup parts, by the id of the section each holds (the URL's hash names it). */
export const SETUP_PARTS = ['team', 'settings', 'data'] as const;
export type SetupPartId = (typeof SETUP_PARTS)[number];

const partOf = (hash: string): SetupPartId | null =>
  SETUP_PARTS.find((p) => hash === `#${p}` || hash === `#${p}-part`) ?? null;

/**
 * Which setup part is open: the one the URL's hash names when the page opens and whenever the hash
 * changes (a nav link), then brought into view; or the one the user unfolds.
 */
export function useSetupPart(win: Window = window) {
  const [open, setOpen] = useState<SetupPartId | null>(() => partOf(win.location.hash));
  useEffect(() => keepInView(win, open), []);
  useEffect(() => {
    const follow = () => {
      const part = partOf(win.location.hash);
      if (!part) return;
      setOpen(part);
      // After the part has opened, the section's own place is known.
      requestAnimationFrame(() => win.document.getElementById(part)?.scrollIntoView?.());
    };
    win.addEventListener('hashchange', follow);
    return () => win.removeEventListener('hashchange', follow);
  }, [win]);
  const toggle = (part: SetupPartId) => (isOpen: boolean) =>
    setOpen((current) => (isOpen ? part : current === part ? null : current));
  return { open, toggle };
}

/** How long after opening the page a part named in the URL is kept in view while the page fills in. */
const SETTLE_MS = 3000;

/**
 * Keeps the part the page was opened on in view while sections above it fill in (the history loads after
 * the first render and would push it down), until the user scrolls, types or clicks, or SETTLE_MS pass.
 */
function keepInView(win: Window, part: SetupPartId | null): (() => void) | undefined {
  if (!part || typeof ResizeObserver === 'undefined') return undefined;
  const events = ['wheel', 'keydown', 'mousedown', 'touchstart'] as const;
  const observer = new ResizeObserver(() => win.document.getElementById(part)?.scrollIntoView?.());
  const stop = () => {
    observer.disconnect();
    for (const e of events) win.removeEventListener(e, stop);
  };
  for (const e of events) win.addEventListener(e, stop, { passive: true });
  observer.observe(win.document.body);
  const timer = win.setTimeout(stop, SETTLE_MS);
  return () => {
    win.clearTimeout(timer);
    stop();
  };
}
