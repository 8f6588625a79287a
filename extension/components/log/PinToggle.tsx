type Props = { name: string; pinned: boolean; onToggle(): void };

/**
 * Pins a chore to the top of the buttons, where it always shows (also past "Show all"), or unpins it.
 * A toggle button: its name stays "Pin <chore>", and aria-pressed says whether it is pinned.
 */
export function PinToggle({ name, pinned, onToggle }: Props) {
  return (
    <button
      type="button"
      class="pin"
      aria-pressed={pinned}
      aria-label={`Pin ${name}`}
      title={pinned ? 'Pinned to the top: click to unpin' : 'Pin to the top'}
      onClick={onToggle}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M5.5 1.5h5l-.8 4.2 2.8 2.6v1.2H8.6V14L8 15l-.6-1V9.5H3.5V8.3l2.8-2.6z" />
      </svg>
    </button>
  );
}
