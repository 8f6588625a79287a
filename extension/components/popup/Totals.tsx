import { formatMinutes } from '../../lib/format';

type Props = { todayMinutes: number; weekMinutes: number };

/** Today's and this week's toil at a glance. */
export function Totals({ todayMinutes, weekMinutes }: Props) {
  return (
    <dl class="totals">
      <div>
        <dt>Today</dt>
        <dd>{formatMinutes(todayMinutes)}</dd>
      </div>
      <div>
        <dt>This week</dt>
        <dd>{formatMinutes(weekMinutes)}</dd>
      </div>
    </dl>
  );
}
