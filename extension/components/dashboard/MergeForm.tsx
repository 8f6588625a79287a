import { useState } from 'preact/hooks';
import type { Chore } from '../../../shared/model';
import { mergeChoresInto, type ToilDb } from '../../db/dexie';
import { userMessage } from '../../lib/user-message';

type Props = { db: ToilDb; chores: Chore[] };

/** Two chores that are really one: the first's occurrences move to the second, and the first goes away. */
export function MergeForm({ db, chores }: Props) {
  const [fromId, setFromId] = useState('');
  const [intoId, setIntoId] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  const merge = async (e: Event) => {
    e.preventDefault();
    if (!fromId || !intoId) return setMessage({ text: 'Choose both chores.', error: true });
    if (fromId === intoId) return setMessage({ text: 'Choose two different chores.', error: true });
    const from = chores.find((c) => c.id === fromId);
    const into = chores.find((c) => c.id === intoId);
    try {
      await mergeChoresInto(db, fromId, intoId);
      setFromId('');
      setIntoId('');
      setMessage({ text: `Merged “${from?.name}” into “${into?.name}”.`, error: false });
    } catch (err) {
      setMessage({ text: userMessage(err), error: true });
    }
  };

  const options = chores.map((c) => (
    <option key={c.id} value={c.id}>
      {c.name}
    </option>
  ));
  return (
    <form class="card merge-form" onSubmit={merge} noValidate aria-labelledby="merge-heading">
      <h3 id="merge-heading">Merge two chores</h3>
      <div class="row wrap">
        <label for="merge-from">Merge</label>
        <select id="merge-from" value={fromId} onChange={(e) => setFromId(e.currentTarget.value)}>
          <option value="">Choose a chore</option>
          {options}
        </select>
        <label for="merge-into">into</label>
        <select id="merge-into" value={intoId} onChange={(e) => setIntoId(e.currentTarget.value)}>
          <option value="">Choose a chore</option>
          {options}
        </select>
        <button type="submit">Merge</button>
      </div>
      <p aria-live="polite" class={message?.error ? 'error' : 'ok small'}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}
