import { useState } from 'preact/hooks';
import type { Chore, Occurrence } from '../../../shared/model';
import { deleteOccurrence, listOccurrences, restoreOccurrence, type ToilDb } from '../../db/dexie';
import { formatDateTime, formatMinutes } from '../../lib/format';
import { useLiveQuery } from '../../lib/use-live-query';
import { userMessage } from '../../lib/user-message';
import { HistoryEditRow } from './HistoryEditRow';

type Week = { start: number; label: string };
type Props = { db: ToilDb; chores: Chore[]; weeks: Week[]; timeZone: string };

const PAGE = 25;

/** Every logged occurrence, newest first, filterable by chore and week; edit in place, delete with undo. */
export function HistorySection({ db, chores, weeks, timeZone }: Props) {
  const [choreId, setChoreId] = useState('');
  const [weekStart, setWeekStart] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Occurrence | null>(null);
  const [error, setError] = useState<string>();
  const rows = useLiveQuery(
    () =>
      listOccurrences(db, {
        limit,
        ...(choreId ? { choreId } : {}),
        ...(weekStart ? { weekStart: Number(weekStart) } : {}),
      }),
    [db, choreId, weekStart, limit],
  );
  const names = new Map(chores.map((c) => [c.id, c.name]));
  const act = (action: () => Promise<unknown>) =>
    action().then(
      () => setError(undefined),
      (e: unknown) => setError(userMessage(e)),
    );

  return (
    <section id="history" aria-labelledby="history-heading" class="panel">
      <h2 id="history-heading">History</h2>
      <div class="row filters">
        <label for="history-chore">Chore</label>
        <select id="history-chore" value={choreId} onChange={(e) => setChoreId(e.currentTarget.value)}>
          <option value="">All chores</option>
          {chores.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <label for="history-week">Week</label>
        <select id="history-week" value={weekStart} onChange={(e) => setWeekStart(e.currentTarget.value)}>
          <option value="">All weeks</option>
          {[...weeks].reverse().map((w) => (
            <option key={w.start} value={String(w.start)}>
              Week of {w.label}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">
        {deleted ? (
          <p class="row status">
            <span>
              Deleted {formatMinutes(deleted.minutes)} of{' '}
              <span class="name">{names.get(deleted.choreId)}</span>.
            </span>
            <button
              type="button"
              onClick={() => act(() => restoreOccurrence(db, deleted.id)).then(() => setDeleted(null))}
            >
              Undo delete
            </button>
          </p>
        ) : null}
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {rows && rows.length === 0 ? <p class="muted">Nothing logged here yet.</p> : null}
      {rows && rows.length > 0 ? (
        <table class="history-table">
          <caption class="visually-hidden">Logged occurrences, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Chore and note</th>
              <th scope="col" class="num">
                Minutes
              </th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) =>
              editing === o.id ? (
                <HistoryEditRow
                  key={o.id}
                  db={db}
                  occurrence={o}
                  chores={chores}
                  timeZone={timeZone}
                  onDone={() => setEditing(null)}
                />
              ) : (
                <tr key={o.id}>
                  <td>{formatDateTime(o.at, timeZone)}</td>
                  <td class="name">
                    {names.get(o.choreId) ?? 'Unknown chore'}
                    {o.note ? (
                      <span class="note small">
                        <span class="visually-hidden">, note: </span>
                        {o.note}
                      </span>
                    ) : null}
                  </td>
                  <td class="num">{formatMinutes(o.minutes)}</td>
                  <td class="actions">
                    <button type="button" class="link" onClick={() => setEditing(o.id)}>
                      Edit<span class="visually-hidden"> entry of {formatDateTime(o.at, timeZone)}</span>
                    </button>
                    <button
                      type="button"
                      class="link danger"
                      onClick={() => act(() => deleteOccurrence(db, o.id)).then(() => setDeleted(o))}
                    >
                      Delete<span class="visually-hidden"> entry of {formatDateTime(o.at, timeZone)}</span>
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
      {rows && rows.length >= limit ? (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show older entries
        </button>
      ) : null}
    </section>
  );
}
