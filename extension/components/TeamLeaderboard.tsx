import { useEffect, useState } from 'preact/hooks';
import type { ToilDb } from '../db/dexie';
import { formatDateTime, formatHours } from '../lib/format';
import { useLiveQuery } from '../lib/use-live-query';
import { syncNow } from '../sync/engine';
import { readTeamView, refreshTeamView, type TeamView } from '../sync/team-view';

/** The team view kept on the device, shown at once, and fetched again after a sync when a view opens. */
export function useTeamView(db: ToilDb, joined: boolean) {
  const view = useLiveQuery(() => readTeamView(db), [db]);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (!joined) return;
    // Opening a view is when pulled changes matter: a full sync (push and pull), then the team's figures.
    syncNow({ db })
      .then(() => refreshTeamView(db))
      .then(
        () => setError(undefined),
        (failure: unknown) =>
          setError(
            `Showing the last known figures: ${failure instanceof Error ? failure.message : String(failure)}`,
          ),
      );
  }, [db, joined]);
  return { view, error };
}

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
                <td class="name">{c.name}</td>
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
