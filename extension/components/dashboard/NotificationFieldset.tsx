import { DAYS } from '../../lib/format';

type Input = { currentTarget: { value: string } };
type Props = {
  on: boolean;
  day: string;
  time: string;
  onToggle(on: boolean): void;
  onDay(e: Input): void;
  onTime(e: Input): void;
};

/** The weekly summary notification: on or off, and which day and time (in the user's time zone). */
export function NotificationFieldset({ on, day, time, onToggle, onDay, onTime }: Props) {
  return (
    <fieldset class="row wrap">
      <legend>Weekly summary notification</legend>
      <label class="check">
        <input type="checkbox" checked={on} onChange={(e) => onToggle(e.currentTarget.checked)} />
        Notify me
      </label>
      <label for="set-notify-day">on</label>
      <select id="set-notify-day" value={day} disabled={!on} onChange={onDay}>
        {DAYS.map((d, i) => (
          <option key={d} value={String(i)}>
            {d}
          </option>
        ))}
      </select>
      <label for="set-notify-time">at</label>
      <input id="set-notify-time" type="time" value={time} disabled={!on} onInput={onTime} />
    </fieldset>
  );
}
