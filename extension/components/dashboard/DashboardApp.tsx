import { db as appDb, popupSnapshot, savePick, type ToilDb, weeklyMinutesByChore } from '../../db/dexie';
import { listChores } from '../../db/dexie/chore-reads';
import { formatHours, formatMinutes } from '../../lib/format';
import { useHashTarget } from '../../lib/use-hash-target';
import { useLiveQuery } from '../../lib/use-live-query';
import { readSyncState } from '../../sync/state';
import { LazyDiscovery } from '../discovery/LazyDiscovery';
import { IssueActions } from '../issue/IssueActions';
import { LogPanel } from '../log/LogPanel';
import { ShortcutsLine } from '../log/ShortcutsLine';
import { DashboardRanking } from '../ranking/DashboardRanking';
import { TeamAlertMark } from '../team/TeamAlertMark';
import { TeamSection } from '../team/TeamSection';
import { ChoresSection } from './ChoresSection';
import { DataSection } from './DataSection';
import { HistorySection } from './HistorySection';
import { SettingsSection } from './SettingsSection';
import { SetupPart } from './SetupPart';
import { TrendSection } from './TrendSection';
import { useSetupPart } from './use-setup-part';

type Props = { db?: ToilDb };

const ANALYSIS = [
  ['ranking', 'Ranking'],
  ['automated', 'Automated'],
  ['trends', 'Trends'],
  ['chores', 'Chores'],
  ['discovery', 'Find toil'],
  ['log', 'Log a chore'],
  ['history', 'History'],
] as const;
const SETUP = [
  ['team', 'Team'],
  ['settings', 'Settings'],
  ['data', 'Export & import'],
] as const;

/**
 * The full page, laid out as the analysis it is: the ranking, automated chores and trends in the main
 * column, logging and the history beside them on a wide screen (one column below 1200 px), a header with
 * the navigation that stays in reach, and the setup (Team, Settings, Export & import) folded at the end.
 */
export function DashboardApp({ db = appDb }: Props) {
  // Dexie's own connection, opened by this read; logging writes through it in raw IndexedDB (LogPanel).
  const snapshot = useLiveQuery(() => popupSnapshot(db, Date.now()), [db]);
  const idb = snapshot ? db.backendDB() : undefined;
  const chores = useLiveQuery(() => listChores(db), [db]);
  const trend = useLiveQuery(() => weeklyMinutesByChore(db, 12), [db]);
  const ready = Boolean(snapshot && chores && trend);
  const setup = useSetupPart();
  // Deletions from the member's other browsers wait for a choice in the Team section: its link says so.
  const held = useLiveQuery(async () => Boolean((await readSyncState(db))?.heldDeletes), [db]);
  const mark = held ? <TeamAlertMark why="deletions to confirm" /> : null;
  useHashTarget(ready);
  const saved = snapshot?.automated.savedHoursSoFar ?? 0;

  return (
    <div class="dashboard">
      <header class="dash-head">
        <h1>Toil Tracker</h1>
        {snapshot ? (
          <p class="muted">
            Today {formatMinutes(snapshot.todayMinutes)} · this week {formatMinutes(snapshot.weekMinutes)}
            {snapshot.automated.chores.length > 0 ? (
              <>
                {' · '}
                <a href="#automated" class="saved-total">
                  automation has saved {formatHours(saved)} so far
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        <ShortcutsLine />
        <nav aria-label="Sections" class="section-nav">
          <ul>
            {ANALYSIS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
          <ul class="setup-nav" aria-label="Setup">
            {SETUP.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>
                  {label}
                  {id === 'team' ? mark : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {snapshot && chores && trend && idb ? (
        <main class="dash-body">
          <div class="dash-columns">
            <div class="dash-main">
              <DashboardRanking
                thisWeek={snapshot.thisWeek}
                lastWeek={snapshot.lastWeek}
                settings={snapshot.settings}
                storedPick={snapshot.storedPick}
                automated={snapshot.automated}
                rememberPick={(choreId) => savePick(db, choreId)}
                recommendationAction={(ranked) => (
                  <IssueActions
                    ranked={ranked}
                    settings={snapshot.settings}
                    repository={chores.find((c) => c.id === ranked.choreId)?.repository}
                    forgeHosts={snapshot.settings.forgeHosts}
                  />
                )}
              />
              <TrendSection
                weeks={trend.weeks}
                series={trend.series}
                ranking={snapshot.thisWeek}
                automated={snapshot.automated}
                timeZone={snapshot.settings.timeZone}
              />
              <ChoresSection
                db={db}
                chores={chores}
                settings={snapshot.settings}
                ranking={snapshot.thisWeek}
                usual={snapshot.usual}
              />
              <LazyDiscovery db={db} chores={chores} settings={snapshot.settings} />
            </div>
            <div class="dash-side">
              <section id="log" aria-labelledby="log-heading" class="panel">
                <h2 id="log-heading">Log a chore</h2>
                <LogPanel idb={idb} snapshot={snapshot} />
              </section>
              <HistorySection
                db={db}
                chores={chores}
                weeks={trend.weeks}
                timeZone={snapshot.settings.timeZone}
              />
            </div>
          </div>
          <section class="dash-setup" aria-labelledby="setup-heading">
            <h2 id="setup-heading">Setup</h2>
            <SetupPart
              id="team"
              label="Team: sync with your team’s server"
              mark={mark}
              open={setup.open === 'team'}
              onToggle={setup.toggle('team')}
            >
              <TeamSection db={db} timeZone={snapshot.settings.timeZone} />
            </SetupPart>
            <SetupPart
              id="settings"
              label="Settings: weeks, refocus time, horizon, notification"
              open={setup.open === 'settings'}
              onToggle={setup.toggle('settings')}
            >
              <SettingsSection db={db} settings={snapshot.settings} />
            </SetupPart>
            <SetupPart
              id="data"
              label="Export and import"
              open={setup.open === 'data'}
              onToggle={setup.toggle('data')}
            >
              <DataSection db={db} />
            </SetupPart>
          </section>
        </main>
      ) : (
        <p class="muted" aria-live="polite">
          Loading…
        </p>
      )}
    </div>
  );
}
