import { useState } from 'preact/hooks';
import type { PopupSnapshot } from '../../db/core/snapshot';
import { savePick } from '../../db/idb/pick';
import type { TeamLink } from '../../db/idb/read';
import { useAfterPaint } from '../../lib/use-after-paint';
import { LogPanel } from '../log/LogPanel';
import { ShortcutsLine } from '../log/ShortcutsLine';
import { RecommendationCard } from '../ranking/RecommendationCard';
import { RankingView } from './RankingView';
import { TeamView, useTeamLink } from './TeamView';
import { Totals } from './Totals';
import { useSnapshot } from './use-snapshot';
import { type View, ViewPanel, ViewTabs } from './ViewTabs';

type Props = {
  /** The database, or its opening: the first render may come from the cache before it is open. */
  idb: IDBDatabase | Promise<IDBDatabase>;
  /** The active tab's host (or its asking), for site suggestions. */
  host?: string | undefined | Promise<string | undefined>;
  /** The week the Ranking view shows first; last week opens the popup on that view (weekly summary). */
  initialWeek?: 'this' | 'last';
  /** Read before the first render, so the popup opens on its data (from the cache when `fresh` is given). */
  initial?: PopupSnapshot;
  /** The fresh read that replaces a cached `initial`. */
  fresh?: Promise<PopupSnapshot>;
};

/** Why the Team tab carries a mark, in words (for screen readers). */
const TEAM_ALERTS: Partial<Record<TeamLink, string>> = {
  stopped: 'team sync stopped',
  asking: 'deletions to confirm',
};

/** The popup's own keys, shown with the browser's shortcuts. */
const NUMBER_KEYS = [{ keys: '1–9', what: 'log a button' }];

/**
 * The popup, in views that each fit its 600 px: Log (one-click chores, the new-chore line, what to
 * automate first), Ranking (the ranked week), and Team once joined. It always opens on Log, the view it
 * is for, with the cursor in the name field. It reads and writes through raw IndexedDB: neither Dexie
 * nor zod is loaded to open it or to log.
 */
export function PopupApp({ idb: opening, host, initialWeek = 'this', initial, fresh }: Props) {
  const [idb] = useState(() => Promise.resolve(opening));
  // One bounded read (never the whole history): everything the popup shows comes from this snapshot.
  const { snapshot, fromCache } = useSnapshot(idb, host, initial, fresh);
  const [link, setLink] = useTeamLink(idb);
  const joined = link !== 'none';
  const [view, setView] = useState<View>(initialWeek === 'last' ? 'ranking' : 'log');
  // The Log view paints its buttons and new-chore line first, and what to automate first in the frame
  // after: that card is a third of the view's text, and its work (explanation, savings) held the first
  // paint back on every opening.
  const painted = useAfterPaint(() => true) ?? false;
  const views: View[] = joined ? ['log', 'ranking', 'team'] : ['log', 'ranking'];
  return (
    <main class="popup" data-source={fromCache ? 'cache' : 'storage'}>
      <header class="popup-head">
        <h1 class="visually-hidden">Toil Tracker</h1>
        <div class="row">
          <ViewTabs
            views={views}
            current={view}
            onChange={setView}
            alerts={TEAM_ALERTS[link] ? { team: TEAM_ALERTS[link] } : {}}
          />
          <span class="grow" />
          <a href="/dashboard.html" target="_blank" rel="noopener" class="small">
            Full page<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </div>
        {snapshot ? <Totals todayMinutes={snapshot.todayMinutes} weekMinutes={snapshot.weekMinutes} /> : null}
      </header>
      {snapshot ? (
        <>
          <ViewPanel view="log" shown={view === 'log'}>
            <LogPanel idb={idb} snapshot={snapshot} numberKeys={view === 'log'} autoFocus={view === 'log'} />
            {painted ? (
              <>
                <RecommendationCard
                  ranking={snapshot.thisWeek}
                  settings={snapshot.settings}
                  shown="this"
                  choresHref="/dashboard.html#chores"
                  remember={{ stored: snapshot.storedPick, save: (id) => idb.then((db) => savePick(db, id)) }}
                />
                <ShortcutsLine own={snapshot.chores.length > 0 ? NUMBER_KEYS : []} />
              </>
            ) : null}
          </ViewPanel>
          <ViewPanel view="ranking" shown={view === 'ranking'}>
            <RankingView
              shown={view === 'ranking'}
              weeks={snapshot}
              settings={snapshot.settings}
              initialWeek={initialWeek}
            />
          </ViewPanel>
          {joined ? (
            <ViewPanel view="team" shown={view === 'team'}>
              <TeamView timeZone={snapshot.settings.timeZone} onLink={setLink} />
            </ViewPanel>
          ) : null}
        </>
      ) : (
        <p class="muted" aria-live="polite">
          Loading your chores…
        </p>
      )}
    </main>
  );
}
