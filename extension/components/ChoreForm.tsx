import { useState } from 'preact/hooks';
import { type Chore, TOIL_TRAITS, type ToilTrait, type Traits } from '../../shared/model';
import { type ToilDb, updateChore } from '../db';
import { userMessage } from '../lib/user-message';
import { readChoreName, readMinutes } from '../lib/validate';
import { describedBy, Field } from './Field';

type Props = { db: ToilDb; chore: Chore };
type Errors = { name?: string; minutes?: string; form?: string };

const TRAIT_LABELS: Record<ToilTrait, string> = {
  manual: 'Manual',
  repetitive: 'Repetitive',
  automatable: 'Automatable',
  tactical: 'Tactical (interrupt-driven)',
  noEnduringValue: 'No enduring value',
  scalesLinearly: 'Grows with the service',
};

/** A chore's details: name, usual minutes, site, annoyance and toil traits. */
export function ChoreForm({ db, chore }: Props) {
  const [name, setName] = useState(chore.name);
  const [minutes, setMinutes] = useState(String(chore.defaultMinutes));
  const [site, setSite] = useState(chore.sitePattern ?? '');
  const [annoyance, setAnnoyance] = useState(chore.annoyance);
  const [traits, setTraits] = useState<Traits>(chore.traits);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const id = `chore-${chore.id}`;

  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const n = readChoreName(name);
    const m = readMinutes(minutes);
    setErrors({ ...(n.ok ? {} : { name: n.message }), ...(m.ok ? {} : { minutes: m.message }) });
    if (!n.ok || !m.ok) return;
    try {
      await updateChore(db, chore.id, {
        name: n.value,
        defaultMinutes: m.value,
        sitePattern: site.trim(),
        annoyance,
        traits,
      });
      setSaved(true);
    } catch (err) {
      setErrors({ form: userMessage(err) });
    }
  };

  return (
    <form class="chore-form" onSubmit={save} noValidate aria-label={`Details of ${chore.name}`}>
      <div class="grid">
        <Field id={`${id}-name`} label="Name" error={errors.name}>
          <input
            id={`${id}-name`}
            value={name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy(`${id}-name`, errors.name)}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </Field>
        <Field id={`${id}-minutes`} label="Usual minutes" error={errors.minutes}>
          <input
            id={`${id}-minutes`}
            inputMode="decimal"
            value={minutes}
            aria-invalid={errors.minutes ? true : undefined}
            aria-describedby={describedBy(`${id}-minutes`, errors.minutes)}
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
        </Field>
        <Field
          id={`${id}-site`}
          label="Site (offered first there)"
          hint="A host such as github.com or *.example.org"
        >
          <input
            id={`${id}-site`}
            value={site}
            placeholder="github.com"
            aria-describedby={`${id}-site-hint`}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
        </Field>
        <Field id={`${id}-annoyance`} label="Annoyance">
          <select
            id={`${id}-annoyance`}
            value={String(annoyance)}
            onChange={(e) => setAnnoyance(Number(e.currentTarget.value))}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {n} {n === 1 ? '(barely)' : n === 5 ? '(very)' : ''}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset class="traits">
        <legend>Toil traits</legend>
        {TOIL_TRAITS.map((t) => (
          <label key={t} class="check">
            <input
              type="checkbox"
              checked={traits[t]}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setTraits((old) => ({ ...old, [t]: checked }));
              }}
            />
            {TRAIT_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <button type="submit" class="primary">
          Save changes
        </button>
        <span aria-live="polite" class="ok small">
          {saved ? 'Saved.' : ''}
        </span>
      </div>
      {errors.form ? (
        <p class="error" role="alert">
          {errors.form}
        </p>
      ) : null}
    </form>
  );
}
