import { useState } from 'preact/hooks';
import { describeIssues } from '../../../shared/model';
import { InputError } from '../../db/core/errors';
import type { Settings } from '../../db/core/settings';
import { saveSettings, type ToilDb } from '../../db/dexie';
import { SettingsSchema } from '../../db/dexie/settings';
import { fieldMessages } from '../../lib/user-message';
import { readNumber } from '../../lib/validate';
import { WeekStartOptions, ZoneOptions } from './choice-options';
import { describedBy, Field } from './Field';
import { ForgeHostsForm } from './ForgeHostsForm';
import { NotificationFieldset } from './NotificationFieldset';

type Props = { db: ToilDb; settings: Settings };
type NumberField = 'contextSwitchMinutes' | 'horizonYears' | 'timerCapMinutes';

const NUMBERS: { field: NumberField; label: string; min: number; max: number; hint: string }[] = [
  {
    field: 'contextSwitchMinutes',
    label: 'Context-switch cost (minutes)',
    min: 0,
    max: 120,
    hint: 'Refocus time added to every occurrence.',
  },
  {
    field: 'horizonYears',
    label: 'Automation horizon (years)',
    min: 0.1,
    max: 20,
    hint: 'How long an automation serves (xkcd 1205 uses 5).',
  },
  {
    field: 'timerCapMinutes',
    label: 'Timer cap (minutes)',
    min: 1,
    max: 1440,
    hint: 'A longer timer asks before logging.',
  },
];
const TZ_HINT = 'Weeks and days begin at midnight here.';
/** Fields with a message of their own; any other field's problem shows under the form. */
const SHOWN = ['timeZone', ...NUMBERS.map((n) => n.field)];

/** The user's settings: weeks, ranking inputs, the weekly notification, the timer cap and the forges. */
export function SettingsSection({ db, settings }: Props) {
  const [draft, setDraft] = useState<Record<string, string>>(() => ({
    timeZone: settings.timeZone,
    weekStartsOn: String(settings.weekStartsOn),
    contextSwitchMinutes: String(settings.contextSwitchMinutes),
    horizonYears: String(settings.horizonYears),
    timerCapMinutes: String(settings.timerCapMinutes),
    notifyDay: String(settings.notifyDay),
    notifyTime: settings.notifyTime,
  }));
  const [notify, setNotify] = useState(settings.notifyWeekly);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const set = (field: string) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setDraft((d) => ({ ...d, [field]: value }));
  };

  const save = async (e: Event) => {
    e.preventDefault();
    setStatus('');
    const next: Record<string, string> = {};
    const numbers: Partial<Record<NumberField, number>> = {};
    for (const n of NUMBERS) {
      const read = readNumber(draft[n.field] ?? '', n.label.replace(/ \(.*/, ''), n.min, n.max);
      if (read.ok) numbers[n.field] = read.value;
      else next[n.field] = read.message;
    }
    const patch = {
      ...numbers,
      timeZone: (draft.timeZone ?? '').trim(),
      weekStartsOn: Number(draft.weekStartsOn),
      notifyWeekly: notify,
      notifyDay: Number(draft.notifyDay),
      notifyTime: draft.notifyTime ?? '',
    };
    // Every field is checked now, with the rules saving applies, so all errors show in one round (the
    // time zone's came only once the numbers were fixed).
    const checked = SettingsSchema.safeParse({ ...settings, ...patch });
    if (!checked.success) {
      const rest = fieldMessages(new InputError(describeIssues(checked.error, 20)), SHOWN);
      for (const [field, message] of Object.entries(rest)) next[field] ??= message;
    }
    setErrors(next);
    if (Object.keys(next).length) return;
    try {
      await saveSettings(db, patch);
      setStatus('Settings saved.');
    } catch (err) {
      setErrors(fieldMessages(err, SHOWN));
    }
  };

  return (
    <section id="settings" aria-labelledby="settings-heading" class="panel">
      <h2 id="settings-heading">Settings</h2>
      <form class="settings-form" onSubmit={save} noValidate>
        <div class="grid">
          <Field id="set-tz" label="Time zone" hint={TZ_HINT} error={errors.timeZone}>
            <select
              id="set-tz"
              value={draft.timeZone}
              aria-invalid={errors.timeZone ? true : undefined}
              aria-describedby={describedBy('set-tz', errors.timeZone, TZ_HINT)}
              onChange={set('timeZone')}
            >
              <ZoneOptions current={settings.timeZone} />
            </select>
          </Field>
          <Field id="set-week" label="Week starts on">
            <select id="set-week" value={draft.weekStartsOn} onChange={set('weekStartsOn')}>
              <WeekStartOptions />
            </select>
          </Field>
          {NUMBERS.map((n) => (
            <Field key={n.field} id={`set-${n.field}`} label={n.label} error={errors[n.field]} hint={n.hint}>
              <input
                id={`set-${n.field}`}
                inputMode="decimal"
                value={draft[n.field]}
                aria-invalid={errors[n.field] ? true : undefined}
                aria-describedby={describedBy(`set-${n.field}`, errors[n.field], n.hint)}
                onInput={set(n.field)}
              />
            </Field>
          ))}
        </div>
        <NotificationFieldset
          on={notify}
          day={draft.notifyDay ?? '1'}
          time={draft.notifyTime ?? ''}
          onToggle={setNotify}
          onDay={set('notifyDay')}
          onTime={set('notifyTime')}
        />
        <div class="row">
          <button type="submit" class="primary">
            Save settings
          </button>
          <span class="ok small" aria-live="polite">
            {status}
          </span>
        </div>
        {errors.form ? (
          <p class="error" role="alert">
            {errors.form}
          </p>
        ) : null}
      </form>
      <ForgeHostsForm db={db} settings={settings} />
    </section>
  );
}
