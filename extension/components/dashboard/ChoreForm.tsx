import { useState } from 'preact/hooks';
import type { Chore, Traits } from '../../../shared/model';
import { type ToilDb, updateChore } from '../../db/dexie';
import { userMessage } from '../../lib/user-message';
import { readChoreName, readMinutes, readNumber } from '../../lib/validate';
import { describedBy, Field } from './Field';
import { TraitsFieldset } from './TraitsFieldset';

type Props = { db: ToilDb; chore: Chore };
type Errors = { name?: string; minutes?: string; estimate?: string; form?: string };

/** A chore's details: name, starting minutes, site, annoyance and toil traits. */
export function ChoreForm({ db, chore }: Props) {
  const [name, setName] = useState(chore.name);
  const [minutes, setMinutes] = useState(String(chore.defaultMinutes));
  const [site, setSite] = useState(chore.sitePattern ?? '');
  const [annoyance, setAnnoyance] = useState(chore.annoyance);
  const [traits, setTraits] = useState<Traits>(chore.traits);
  const [estimate, setEstimate] = useState(chore.automationEstimateHours?.toString() ?? '');
  const [isPrivate, setPrivate] = useState(chore.private);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const id = `chore-${chore.id}`;

  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const n = readChoreName(name);
    const m = readMinutes(minutes);
    const est = estimate.trim() === '' ? null : readNumber(estimate, 'Estimate', 0, 100_000);
    setErrors({
      ...(n.ok ? {} : { name: n.message }),
      ...(m.ok ? {} : { minutes: m.message }),
      ...(est && !est.ok ? { estimate: est.message } : {}),
    });
    if (!n.ok || !m.ok || (est && !est.ok)) return;
    try {
      await updateChore(db, chore.id, {
        name: n.value,
        defaultMinutes: m.value,
        sitePattern: site.trim(),
        annoyance,
        traits,
        private: isPrivate,
        ...(est?.ok ? { automationEstimateHours: est.value } : {}),
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
        <Field
          id={`${id}-minutes`}
          label="Starting minutes"
          error={errors.minutes}
          hint="Counts as one entry: a click logs the middle of this and your last 20 entries."
        >
          <input
            id={`${id}-minutes`}
            inputMode="decimal"
            value={minutes}
            aria-invalid={errors.minutes ? true : undefined}
            aria-describedby={describedBy(`${id}-minutes`, errors.minutes, 'hint')}
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
        <Field
          id={`${id}-estimate`}
          label="Estimate to automate (hours)"
          error={errors.estimate}
          hint="Optional: shows how fast it would pay back."
        >
          <input
            id={`${id}-estimate`}
            inputMode="decimal"
            value={estimate}
            aria-invalid={errors.estimate ? true : undefined}
            aria-describedby={describedBy(`${id}-estimate`, errors.estimate, 'hint')}
            onInput={(e) => setEstimate(e.currentTarget.value)}
          />
        </Field>
      </div>
      <label class="check">
        <input type="checkbox" checked={isPrivate} onChange={(e) => setPrivate(e.currentTarget.checked)} />
        Private: keep this chore on this device (never synced)
      </label>
      <TraitsFieldset traits={traits} onChange={setTraits} />
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
