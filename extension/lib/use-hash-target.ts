import { useEffect } from 'preact/hooks';

/**
 * Once the page has rendered, brings the section named in the URL's hash into view (the browser's own
 * jump happens before the data has loaded); `#log` also puts the cursor in the new-chore line.
 */
export function useHashTarget(ready: boolean, doc: Document = document): void {
  useEffect(() => {
    if (!ready) return;
    const id = doc.location.hash.slice(1);
    const target = id ? doc.getElementById(id) : null;
    target?.scrollIntoView?.();
    if (id === 'log') doc.getElementById('new-chore-name')?.focus();
  }, [ready, doc]);
}
