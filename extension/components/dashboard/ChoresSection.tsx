import type { Chore } from '../../../shared/model';
import type { Ranking } from '../../../shared/ranking';
import type { Settings } from '../../db/core/settings';
import type { ToilDb } from '../../db/dexie';
import { ChoreCard } from './ChoreCard';
import { MergeForm } from './MergeForm';

type Props = {
  db: ToilDb;
  chores: Chore[];
  settings: Settings;
  /** This week's ranking: its traits include the defaults logging told (shared/traits.ts). */
  ranking: Ranking;
  /** Each chore's usual minutes (core/typical.ts), as its button shows them. */
  usual: ReadonlyMap<string, number>;
};

/** Managing chores: each one's details and automation, and merging two into one. */
export function ChoresSection({ db, chores, settings, ranking, usual }: Props) {
  const traits = new Map(ranking.chores.map((r) => [r.choreId, r.traits]));
  return (
    <section id="chores" aria-labelledby="chores-heading" class="panel">
      <h2 id="chores-heading">Chores</h2>
      {chores.length === 0 ? (
        <p class="muted">
          No chores yet: type one in <a href="#log">Log a chore</a> on this page, and its first entry creates
          it.
        </p>
      ) : null}
      <ul class="chore-cards">
        {chores.map((c) => (
          <li key={c.id}>
            <ChoreCard
              db={db}
              chore={c}
              settings={settings}
              usualMinutes={usual.get(c.id) ?? c.defaultMinutes}
              traits={traits.get(c.id) ?? c.traits}
            />
          </li>
        ))}
      </ul>
      {chores.length >= 2 ? <MergeForm db={db} chores={chores.filter((c) => !c.archived)} /> : null}
    </section>
  );
}
