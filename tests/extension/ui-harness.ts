import { type ComponentChild, render } from 'preact';
import { afterEach, vi } from 'vitest';

/** Plain-DOM helpers for component tests: render into the document, find controls as a user names them. */

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
});

export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  render(node, root);
  return root;
}

/** The control a <label> with this exact text (ignoring surrounding space) points at. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: HTMLElement, text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const control = label?.htmlFor ? root.ownerDocument.getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`no control labelled "${text}"`);
  return control as T;
}

/** The button whose visible text (or aria-label) is this, trimmed. */
export function button(root: HTMLElement, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text,
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Lets Preact re-render after input, as it would between a user's keystroke and their Enter. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function submit(form: HTMLFormElement | null): Promise<void> {
  if (!form) throw new Error('no form');
  await settle();
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

export function alerts(root: HTMLElement): string[] {
  return [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim() ?? '');
}

/** The first element matching `selector` whose text contains `text`; throws when there is none. */
export function find(root: ParentNode, selector: string, text = ''): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.includes(text));
  if (!found) throw new Error(`no ${selector} containing "${text}"`);
  return found;
}

/** Retries an assertion until it holds: live queries re-run asynchronously, slower on a busy machine. */
export function eventually<T>(assertion: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(assertion, { timeout: 10_000, interval: 20 });
}
