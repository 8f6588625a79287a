import { useId, useState } from 'preact/hooks';
import { parseRepository } from '../../../shared/forge';
import type { Chore } from '../../../shared/model';
import { rankChores } from '../../../shared/ranking';
import type { Settings } from '../../db/core/settings';
import type { ToilDb } from '../../db/dexie';
import { choreOccurrencesSince } from '../../db/dexie/chore-reads';
import { setChoreRepository } from '../../db/dexie/repository';
import { useLiveQuery } from '../../lib/use-live-query';
import { userMessage } from '../../lib/user-message';
import { IssueActions } from './IssueActions';

type Props = { db: ToilDb; chore: Chore; settings: Settings };

/** On a chore's card: its repository, and the issue asking to automate it with its measured figures. */
export function ChoreIssue({ db, chore, settings }: Props) {
  const fieldId = useId();
  const [text, setText] = useState(chore.repository ?? '');
  const [error, setError] = useState<string>();
  const figures = useLiveQuery(async () => {
    const occurrences = await choreOccurrencesSince(db, chore.id, 0);
    const [ranked] = rankChores({ chores: [chore], occurrences, now: Date.now(), settings }).chores;
    return { ranked, estimated: occurrences.filter((o) => o.source === 'discovered').length };
  }, [db, chore, settings]);
  const save = (e: Event) => {
    e.preventDefault();
    setChoreRepository(db, chore.id, text).then(
      (saved) => {
        setError(undefined);
        setText(saved.repository ?? '');
      },
      (err: unknown) => setError(userMessage(err)),
    );
  };
  // A repository stored earlier on a host that is no forge of the user's (a look-alike, or a self-hosted
  // forge since removed from the settings) gets no link, and a sentence saying why.
  const untrusted = chore.repository ? parseRepository(chore.repository, settings.forgeHosts) : undefined;
  return (
    <div class="chore-issue">
      <form class="row wrap" onSubmit={save}>
        <label for={fieldId}>Repository (GitHub or GitLab)</label>
        <input
          id={fieldId}
          type="text"
          inputMode="url"
          class="grow"
          placeholder="https://github.com/owner/repo"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">
          Save repository<span class="visually-hidden"> of {chore.name}</span>
        </button>
      </form>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {untrusted && 'problem' in untrusted ? (
        <p class="muted small repository-note">No “Open issue” for this repository: {untrusted.problem}.</p>
      ) : null}
      {figures?.ranked ? (
        <IssueActions
          ranked={figures.ranked}
          settings={settings}
          repository={chore.repository}
          forgeHosts={settings.forgeHosts}
          estimated={figures.estimated}
        />
      ) : null}
    </div>
  );
}
