export type Week = 'this' | 'last';

type Props = { week: Week; onChange: (week: Week) => void };

/** The "This week / Last week" switch of the ranked-toil views (popup and full page). */
export function WeekSwitch({ week, onChange }: Props) {
  return (
    <fieldset class="segmented">
      <legend class="visually-hidden">Week to rank</legend>
      <button type="button" aria-pressed={week === 'this'} onClick={() => onChange('this')}>
        This week
      </button>
      <button type="button" aria-pressed={week === 'last'} onClick={() => onChange('last')}>
        Last week
      </button>
    </fieldset>
  );
}
