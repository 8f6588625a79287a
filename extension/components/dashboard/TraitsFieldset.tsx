import { TOIL_TRAITS, type ToilTrait, type Traits } from '../../../shared/model';

type Props = { traits: Traits; onChange(update: (old: Traits) => Traits): void };

const TRAIT_LABELS: Record<ToilTrait, string> = {
  manual: 'Manual',
  repetitive: 'Repetitive',
  automatable: 'Automatable',
  tactical: 'Tactical (interrupt-driven)',
  noEnduringValue: 'No enduring value',
  scalesLinearly: 'Grows with the service',
};

/** The six traits of toil (SRE book, ch. 5) as checkboxes: a chore can have some of them. */
export function TraitsFieldset({ traits, onChange }: Props) {
  return (
    <fieldset class="traits">
      <legend>Toil traits</legend>
      {TOIL_TRAITS.map((t) => (
        <label key={t} class="check">
          <input
            type="checkbox"
            checked={traits[t]}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              onChange((old) => ({ ...old, [t]: checked }));
            }}
          />
          {TRAIT_LABELS[t]}
        </label>
      ))}
    </fieldset>
  );
}
