import type { Chore } from '../../../shared/model';
import type { Settings } from '../../db/core/settings';
import type { ToilDb } from '../../db/dexie';
import { ChoreCard } from './ChoreCard';
import { MergeForm } from './MergeForm';

type Props = {
  db: ToilDb;
  chores: Chore[];
  settings: Settings;
  /** Each chore's usual minutes (core/typical.ts), as its button shows them. */
  usual: ReadonlyMap<string, number>;
};

/** Managing chores: each one's details and automation, and merging two into one. */
export function ChoresSection({ db, chores, settings, usual }: Props) {
  return (
    <section id="chores" aria-labelledby="chores-heading" class="panel">
      <h2 id="chores-heading">Chores</h2>
      {chores.length === 0 ? <p class="muted">No chores yet: log one from the toolbar popup.</p> : null}
      <ul class="chore-cards">
        {chores.map((c) => (
          <li key={c.id}>
            <ChoreCard
              db={db}
              chore={c}
              settings={settings}
              usualMinutes={usual.get(c.id) ?? c.defaultMinutes}
            />
          </li>
        ))}
      </ul>
      {chores.length >= 2 ? <MergeForm db={db} chores={chores.filter((c) => !c.archived)} /> : null}
    </section>
  );
}
