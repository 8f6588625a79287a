import { useEffect, useState } from 'preact/hooks';
import { UpdateTeamRequestSchema } from '../../../../shared/api/teams';
import { describeIssues } from '../../../../shared/model';
import { InputError } from '../../../db/core/errors';
import type { ToilDb } from '../../../db/dexie';
import { fieldMessages } from '../../../lib/user-message';
import { type Admin, keepTeamHere, readTeam, type TeamInfo, updateTeam } from '../../../sync/admin-api';
import { WeekStartOptions, ZoneOptions } from '../../dashboard/choice-options';
import { describedBy, Field } from '../../dashboard/Field';
import { adminMessage } from './admin-message';
import { NUMBER_SETTINGS } from './team-settings-fields';

type Props = { db: ToilDb; admin: Admin };
type Draft = Record<string, string>;

const draftOf = (team: TeamInfo): Draft => ({
  name: team.name,
  timeZone: team.settings.timeZone,
  weekStartsOn: String(team.settings.weekStartsOn),
  ...Object.fromEntries(NUMBER_SETTINGS.map((n) => [n.field, String(team.settings[n.field])])),
});

/**
 * The change as the server takes it, checked with its own schema (the same messages, by field). The name
 * goes only when it changed: one stored before the name rule (shared/text.ts) must not block the rest.
 */
function changeOf(draft: Draft, savedName: string) {
  const number = (text = '') => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));
  const parsed = UpdateTeamRequestSchema.safeParse({
    ...(draft.name === savedName ? {} : { name: draft.name }),
    settings: {
      timeZone: draft.timeZone,
      weekStartsOn: Number(draft.weekStartsOn),
      ...Object.fromEntries(NUMBER_SETTINGS.map((n) => [n.field, number(draft[n.field])])),
    },
  });
  if (!parsed.success) throw new InputError(describeIssues(parsed.error, 10));
  return parsed.data;
}

const FIELDS = ['name', ...['timeZone', ...NUMBER_SETTINGS.map((n) => n.field)].map((f) => `settings.${f}`)];

/** The team's name and settings; the server moves every entry to its new week when weeks change. */
export function TeamSettingsForm({ db, admin }: Props) {
  const [draft, setDraft] = useState<Draft>();
  const [savedName, setSavedName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    readTeam(admin).then(
      (team) => {
        setSavedName(team.name);
        setDraft(draftOf(team));
      },
      (failure: unknown) => setErrors({ form: adminMessage(failure) }),
    );
  }, [admin]);
  const set = (field: string) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setDraft((d) => (d ? { ...d, [field]: value } : d));
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!draft) return;
    setStatus('');
    setErrors({});
    setBusy(true);
    try {
      const team = await updateTeam(admin, changeOf(draft, savedName));
      await keepTeamHere(db, team);
      setSavedName(team.name);
      setDraft(draftOf(team));
      setStatus('Team settings saved.');
    } catch (failure) {
      const input = failure instanceof Error && failure.name === 'InputError';
      setErrors(input ? fieldMessages(failure, FIELDS) : { form: adminMessage(failure) });
    } finally {
      setBusy(false);
    }
  };

  const error = (field: string) => errors[field];
  return (
    <section class="admin-settings" aria-labelledby="admin-settings-heading">
      <h4 id="admin-settings-heading">Team settings</h4>
      {draft ? (
        <form class="team-settings-form" onSubmit={save} noValidate>
          <div class="grid">
            <Field id="team-set-name" label="Team name" error={error('name')}>
              <input
                id="team-set-name"
                value={draft.name}
                aria-invalid={error('name') ? true : undefined}
                aria-describedby={describedBy('team-set-name', error('name'))}
                onInput={set('name')}
              />
            </Field>
            <Field id="team-set-tz" label="Team time zone" error={error('settings.timeZone')}>
              <select
                id="team-set-tz"
                value={draft.timeZone}
                aria-describedby={describedBy('team-set-tz', error('settings.timeZone'))}
                onChange={set('timeZone')}
              >
                <ZoneOptions current={draft.timeZone ?? 'UTC'} />
              </select>
            </Field>
            <Field id="team-set-week" label="Team weeks start on">
              <select id="team-set-week" value={draft.weekStartsOn} onChange={set('weekStartsOn')}>
                <WeekStartOptions />
              </select>
            </Field>
            {NUMBER_SETTINGS.map(({ field, label, hint }) => {
              const id = `team-set-${field}`;
              const message = error(`settings.${field}`);
              return (
                <Field key={field} id={id} label={label} error={message} hint={hint}>
                  <input
                    id={id}
                    inputMode="decimal"
                    value={draft[field]}
                    aria-invalid={message ? true : undefined}
                    aria-describedby={describedBy(id, message, hint)}
                    onInput={set(field)}
                  />
                </Field>
              );
            })}
          </div>
          <div class="row">
            <button type="submit" class="primary" disabled={busy}>
              Save team settings
            </button>
            <span class="ok small" aria-live="polite">
              {status}
            </span>
          </div>
        </form>
      ) : null}
      {errors.form ? (
        <p class="error" role="alert">
          {errors.form}
        </p>
      ) : null}
    </section>
  );
}
