import type { ComponentChildren } from 'preact';

type Props = {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  hideLabel?: boolean;
  class?: string;
  /** The control; it must carry id={id} and aria-describedby={describedBy(id, error, hint)}. */
  children: ComponentChildren;
};

/** A labelled form control with its inline error message (announced, and tied to the control). */
export function Field({ id, label, error, hint, hideLabel, class: className, children }: Props) {
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id} class={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} class="muted small">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The aria-describedby value matching what Field renders under the control. */
export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}
