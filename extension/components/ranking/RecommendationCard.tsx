import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { explainChore } from '../../../shared/explain';
import type { RankingSettings } from '../../../shared/model';
import type { RankedChore, Ranking } from '../../../shared/ranking';
import { formatHours } from '../../lib/format';

type Props = {
  ranking: Ranking;
  settings: RankingSettings;
  /** The full page's actions on the recommended chore ("Copy as issue"); the popup has none. */
  action?: (ranked: RankedChore) => ComponentChildren;
};

/** "Automate this first": the most painful chore not yet automated, its yearly cost and break-even budget. */
export function RecommendationCard({ ranking, settings, action }: Props) {
  // The explanation is put together when first opened, not on every opening of the popup.
  const [open, setOpen] = useState(false);
  // The popup shows one in its Log view and one in its Ranking view: each needs a title id of its own.
  const titleId = useId();
  const rec = ranking.recommendation;
  const ranked = rec && ranking.chores.find((c) => c.choreId === rec.choreId);
  if (!rec || !ranked) return null;
  return (
    <section class="card reco" aria-labelledby={titleId}>
      <h2 id={titleId}>
        Automate this first: <span class="name">{ranked.name}</span>
      </h2>
      <p class="reco-figures">
        Costs about <strong>{formatHours(ranked.hoursPerYear)}</strong> a year. Up to{' '}
        <strong>{formatHours(ranked.breakEvenHours)}</strong> of automation work pays off over{' '}
        {settings.horizonYears} {settings.horizonYears === 1 ? 'year' : 'years'}.
      </p>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Why this one?</summary>
        {open ? (
          <>
            <p>{rec.sentence}</p>
            <ul class="small">
              {explainChore(ranked, settings).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
      </details>
      {action?.(ranked)}
    </section>
  );
}
