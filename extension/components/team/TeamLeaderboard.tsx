import { formatDateTime, formatHours } from '../../lib/format';
import type { TeamView } from '../../sync/team-view';

type Props = { view: TeamView | undefined; timeZone: string; limit?: number };

/** This week's team leaderboard: chores ranked by team-wide pain, people affected, hours. No per-person figures. */
export function TeamLeaderboard({ view, timeZone, limit }: Props) {
  if (!view) return <p class="muted">The team leaderboard appears after the first sync.</p>;
  const chores = limit ? view.leaderboard.chores.slice(0, limit) : view.leaderboard.chores;
  return (
    <div class="team-leaderboard">
      {chores.length === 0 ? (
        <p class="muted">Nobody in the team has logged a shared chore this week yet.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Team chores ranked by pain, {view.leaderboard.week.label}</caption>
          <thead>
            <tr>
              <th scope="col">Chore</th>
              <th scope="col" class="num">
                People
              </th>
              <th scope="col" class="num">
                Times
              </th>
              <th scope="col" class="num">
                This week
              </th>
            </tr>
          </thead>
          <tbody>
            {chores.map((c) => (
              <tr key={c.key} class="team-row">
                <td class="name" title={c.name}>
                  {c.name}
                </td>
                <td class="num people">{c.people}</td>
                <td class="num times">{c.occurrencesThisWeek}</td>
                <td class="num hours">{formatHours(c.hoursThisWeek)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted small">
        {view.leaderboard.week.label} · as of {formatDateTime(view.fetchedAt, timeZone)}
      </p>
    </div>
  );
}
