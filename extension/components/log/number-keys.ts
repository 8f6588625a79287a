import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Whether a key press belongs to what the user is typing: a digit typed in a field is text. (In the
 * new-chore name, where the popup opens, a lone digit and Enter log that button: NewChoreLine.tsx.)
 */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    (target instanceof HTMLInputElement && !NOT_TEXT.has(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Calls `onDigit(n)` when keys 1 to 9 are pressed on the page, not while typing or in a dialog. */
export function useNumberKeys(
  active: boolean,
  onDigit: (n: number) => void,
  doc = globalThis.document,
): void {
  // The latest handler, without re-adding the listener on every render.
  const handler = useRef(onDigit);
  handler.current = onDigit;
  // Listening as soon as the buttons are shown, not a frame later.
  useLayoutEffect(() => {
    if (!active || !doc) return;
    const onKey = (e: KeyboardEvent) => {
      if (!/^[1-9]$/.test(e.key) || e.repeat || e.isComposing || e.defaultPrevented) return;
      if (e.ctrlKey || e.altKey || e.metaKey || typing(e.target)) return;
      if (doc.querySelector('dialog[open]')) return;
      e.preventDefault();
      handler.current(Number(e.key));
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [active, doc]);
}
