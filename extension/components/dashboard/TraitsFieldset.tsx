import { TOIL_TRAITS, type Traits } from '../../../shared/model';
import { TRAIT_LABELS } from '../../../shared/traits';

type Props = { id: string; traits: Traits; onChange(update: (old: Traits) => Traits): void };

/**
 * The six traits of toil (SRE book, ch. 5) as checkboxes: a chore can have some of them. The note says
 * which two change the ranking, and how.
 */
export function TraitsFieldset({ id, traits, onChange }: Props) {
  return (
    <fieldset class="traits" aria-describedby={`${id}-note`}>
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
      <p id={`${id}-note`} class="muted small full">
        Only a chore marked automatable can be “automate this first”. For one that grows with the service, its
        measured growth weighs in the ranking.
      </p>
    </fieldset>
  );
}
