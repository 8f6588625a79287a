import { useState } from 'preact/hooks';
import type { Settings } from '../../db/core/settings';
import { saveSettings, type ToilDb } from '../../db/dexie';
import { DAYS } from '../../lib/format';
import { fieldMessages } from '../../lib/user-message';
import { readNumber } from '../../lib/validate';
import { describedBy, Field } from './Field';
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
const TZ_HINT = 'An IANA name, e.g. Europe/Berlin.';
const zones = (): string[] =>
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** The user's settings: weeks, ranking inputs, the weekly notification and the timer cap. */
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
    setErrors(next);
    if (Object.keys(next).length) return;
    try {
      await saveSettings(db, {
        ...numbers,
        timeZone: (draft.timeZone ?? '').trim(),
        weekStartsOn: Number(draft.weekStartsOn),
        notifyWeekly: notify,
        notifyDay: Number(draft.notifyDay),
        notifyTime: draft.notifyTime ?? '',
      });
      setStatus('Settings saved.');
    } catch (err) {
      setErrors(fieldMessages(err, ['timeZone', ...NUMBERS.map((n) => n.field)]));
    }
  };

  return (
    <section id="settings" aria-labelledby="settings-heading" class="panel">
      <h2 id="settings-heading">Settings</h2>
      <form class="settings-form" onSubmit={save} noValidate>
        <div class="grid">
          <Field id="set-tz" label="Time zone" hint={TZ_HINT} error={errors.timeZone}>
            <input
              id="set-tz"
              list="set-tz-list"
              value={draft.timeZone}
              aria-invalid={errors.timeZone ? true : undefined}
              aria-describedby={describedBy('set-tz', errors.timeZone, TZ_HINT)}
              onInput={set('timeZone')}
            />
            <datalist id="set-tz-list">
              {zones().map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
          </Field>
          <Field id="set-week" label="Week starts on">
            <select id="set-week" value={draft.weekStartsOn} onChange={set('weekStartsOn')}>
              {DAYS.map((d, i) => (
                <option key={d} value={String(i)}>
                  {d}
                </option>
              ))}
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
    </section>
  );
}
