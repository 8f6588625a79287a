import { useState } from 'preact/hooks';

type Props = { id: string; label: string; value: string };

/** A read-only link with a Copy button; selecting it is the fallback where the clipboard is refused. */
export function CopyField({ id, label, value }: Props) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setSaid('Copied.');
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setSaid('Selected: press Ctrl+C (⌘C) to copy.');
    }
  };
  return (
    <div class="copy-field row">
      <label for={id} class="visually-hidden">
        {label}
      </label>
      <input id={id} class="grow" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void copy()}>
        Copy<span class="visually-hidden"> {label.toLowerCase()}</span>
      </button>
      <span class="ok small" aria-live="polite">
        {said}
      </span>
    </div>
  );
}
