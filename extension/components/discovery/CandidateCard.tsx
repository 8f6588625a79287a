import { useId, useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie';
import { acceptCandidate, dismissCandidate } from '../../db/dexie/discovery';
import type { CandidateRow } from '../../db/dexie/discovery-rows';
import { addEstimates, estimatesOf, removeEstimates } from '../../db/dexie/estimates';
import { formatDateTime, formatMinutes } from '../../lib/format';
import { useLiveQuery } from '../../lib/use-live-query';
import { userMessage } from '../../lib/user-message';

type Props = { db: ToilDb; candidate: CandidateRow; timeZone: string };

const perWeek = (n: number) => (n >= 10 ? Math.round(n).toString() : n.toFixed(1).replace(/\.0$/, ''));

/** One candidate: what was found and why; accept (renamed if wanted) or dismiss; then its estimates. */
export function CandidateCard({ db, candidate: c, timeZone }: Props) {
  const nameId = useId();
  const [name, setName] = useState(c.name);
  const [error, setError] = useState<string>();
  const estimates = useLiveQuery(
    () => (c.choreId ? estimatesOf(db, c.choreId).then((e) => e.length) : Promise.resolve(0)),
    [db, c.choreId],
  );
  const act = (work: () => Promise<unknown>) =>
    work().then(
      () => setError(undefined),
      (e: unknown) => setError(userMessage(e)),
    );
  return (
    <article class="card candidate" aria-label={c.template}>
      <h3>
        <code>{c.template}</code>
      </h3>
      <p>
        About <strong>{perWeek(c.perWeek)} times a week</strong>, typically{' '}
        <strong>{formatMinutes(c.typicalMinutes)}</strong>; last seen {formatDateTime(c.lastSeen, timeZone)}.
      </p>
      <p class="muted small">{c.why.sentence}</p>
      {c.choreId ? (
        <div class="row wrap">
          <span class="ok">Accepted as a chore.</span>
          {estimates ? (
            <button type="button" onClick={() => void act(() => removeEstimates(db, c.choreId ?? ''))}>
              Remove the {estimates} estimated occurrences
            </button>
          ) : (
            <button type="button" onClick={() => void act(() => addEstimates(db, c.id))}>
              Add the {c.estimates.length} past occurrences found (estimated)
            </button>
          )}
        </div>
      ) : (
        <form
          class="row wrap"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => acceptCandidate(db, c.id, { name }));
          }}
        >
          <label for={nameId}>Chore name</label>
          <input id={nameId} value={name} onInput={(e) => setName(e.currentTarget.value)} class="grow" />
          <button type="submit" class="primary">
            Accept
          </button>
          <button type="button" onClick={() => void act(() => dismissCandidate(db, c.id))}>
            Dismiss
          </button>
        </form>
      )}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
