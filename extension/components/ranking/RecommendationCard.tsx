import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { explainChore, learningPhrase, type ShownWeek } from '../../../shared/explain';
import type { RankingSettings } from '../../../shared/model';
import { unmarkedAbovePick } from '../../../shared/pick';
import type { RankedChore, Ranking } from '../../../shared/ranking';
import { formatHours } from '../../lib/format';
import { useRememberPick } from './use-remember-pick';

type Props = {
  ranking: Ranking;
  settings: RankingSettings;
  shown: ShownWeek;
  /** Where a chore's traits are changed: the full page's Chores section. */
  choresHref: string;
  /** This week's card only: the stored pick and how to store a new one (raw IndexedDB in the popup). */
  remember?: { stored: string | null; save: (choreId: string) => unknown } | undefined;
  /** The full page's actions on the recommended chore ("Copy as issue"); the popup has none. */
  action?: ((ranked: RankedChore) => ComponentChildren) | undefined;
};

/**
 * "Automate this first": the most painful chore that can be automated, its yearly cost and break-even
 * budget; "leading so far" while every candidate is still learning; and, when a chore not marked
 * automatable ranks above the pick, a question whether a script could do it.
 */
export function RecommendationCard({ ranking, settings, shown, choresHref, remember, action }: Props) {
  useRememberPick(ranking, remember?.stored ?? null, remember?.save);
  // The popup shows one in its Log view and one in its Ranking view: each needs a title id of its own.
  const titleId = useId();
  const rec = ranking.recommendation;
  const ranked = rec && ranking.chores.find((c) => c.choreId === rec.choreId);
  const unmarked = unmarkedAbovePick(ranking);
  if (!ranked) return unmarked ? <Unmarked chore={unmarked} href={choresHref} alone /> : null;
  return (
    <section class="card reco" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {ranked.learning ? 'Leading so far: ' : 'Automate this first: '}
        <span class="name">{ranked.name}</span>
      </h2>
      {ranked.learning ? (
        <p class="reco-figures">
          <strong>{capitalise(learningPhrase(ranked.learning))}.</strong> What it costs a year, and what
          automating it is worth, show once it has a week of history in two different weeks.
        </p>
      ) : (
        <p class="reco-figures">
          Costs about <strong>{formatHours(ranked.hoursPerYear)}</strong> a year. Up to{' '}
          <strong>{formatHours(ranked.breakEvenHours)}</strong> of automation work pays off over{' '}
          {settings.horizonYears} {settings.horizonYears === 1 ? 'year' : 'years'}.
        </p>
      )}
      {unmarked ? <Unmarked chore={unmarked} href={choresHref} /> : null}
      <Why sentence={rec.sentence} ranked={ranked} settings={settings} shown={shown} />
      {ranked.learning ? null : action?.(ranked)}
    </section>
  );
}

function Why({
  sentence,
  ranked,
  settings,
  shown,
}: {
  sentence: string;
  ranked: RankedChore;
  settings: RankingSettings;
  shown: ShownWeek;
}) {
  // The explanation is put together when first opened, not on every opening of the popup.
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Why this one?</summary>
      {open ? (
        <>
          <p>{sentence}</p>
          <ul class="small">
            {explainChore(ranked, settings, shown).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}

function Unmarked({ chore, href, alone }: { chore: RankedChore; href: string; alone?: boolean }) {
  const text = (
    <>
      “<span class="name">{chore.name}</span>” {alone ? 'costs the most' : 'ranks higher'} but is not marked
      automatable. If a script could do it,{' '}
      <a href={href} target={href.startsWith('/') ? '_blank' : undefined} rel="noopener">
        mark it automatable
      </a>
      .
    </>
  );
  return alone ? (
    <section class="card reco unmarked" aria-label="Nothing to automate first yet">
      <p>
        <strong>Nothing to automate first yet.</strong> {text}
      </p>
    </section>
  ) : (
    <p class="small muted unmarked">{text}</p>
  );
}

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
