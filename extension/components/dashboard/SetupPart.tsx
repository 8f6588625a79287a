import type { ComponentChildren } from 'preact';

type Props = {
  id: string;
  label: string;
  /** Shown after the label when the part needs a look (TeamAlertMark). */
  mark?: ComponentChildren;
  open: boolean;
  onToggle(open: boolean): void;
  children: ComponentChildren;
};

/**
 * One part of the full page's setup (Team, Settings, Export & import), folded under the analysis so it
 * stays out of the reading path; its nav link (the URL's hash) or its summary opens it.
 */
export function SetupPart({ id, label, mark, open, onToggle, children }: Props) {
  return (
    <details
      class="setup-part"
      id={`${id}-part`}
      open={open}
      onToggle={(e) => onToggle(e.currentTarget.open)}
    >
      <summary>
        {label}
        {mark}
      </summary>
      {children}
    </details>
  );
}
