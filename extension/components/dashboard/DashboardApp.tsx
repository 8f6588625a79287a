import { db as appDb, popupSnapshot, type ToilDb, weeklyMinutesByChore } from '../../db/dexie';
import { listChores } from '../../db/dexie/chore-reads';
import { formatMinutes } from '../../lib/format';
import { useHashTarget } from '../../lib/use-hash-target';
import { useLiveQuery } from '../../lib/use-live-query';
import { LazyDiscovery } from '../discovery/LazyDiscovery';
import { IssueActions } from '../issue/IssueActions';
import { LogPanel } from '../log/LogPanel';
import { ShortcutsLine } from '../log/ShortcutsLine';
import { DashboardRanking } from '../ranking/DashboardRanking';
import { TeamSection } from '../team/TeamSection';
import { ChoresSection } from './ChoresSection';
import { DataSection } from './DataSection';
import { HistorySection } from './HistorySection';
import { SettingsSection } from './SettingsSection';
import { TrendSection } from './TrendSection';

type Props = { db?: ToilDb };

const SECTIONS = [
  ['log', 'Log a chore'],
  ['ranking', 'Ranking'],
  ['trends', 'Trends'],
  ['history', 'History'],
  ['chores', 'Chores'],
  ['discovery', 'Find toil'],
  ['team', 'Team'],
  ['settings', 'Settings'],
  ['data', 'Export & import'],
] as const;

/** The full page: ranking and trends, history, chores, settings, export and import. */
export function DashboardApp({ db = appDb }: Props) {
  // Dexie's own connection, opened by this read; logging writes through it in raw IndexedDB (LogPanel).
  const snapshot = useLiveQuery(() => popupSnapshot(db, Date.now()), [db]);
  const idb = snapshot ? db.backendDB() : undefined;
  const chores = useLiveQuery(() => listChores(db), [db]);
  const trend = useLiveQuery(() => weeklyMinutesByChore(db, 12), [db]);
  const ready = Boolean(snapshot && chores && trend);
  useHashTarget(ready);

  return (
    <div class="dashboard">
      <header class="dash-head">
        <h1>Toil Tracker</h1>
        {snapshot ? (
          <p class="muted">
            Today {formatMinutes(snapshot.todayMinutes)} · this week {formatMinutes(snapshot.weekMinutes)}
          </p>
        ) : null}
        <ShortcutsLine />
        <nav aria-label="Sections">
          <ul class="section-nav">
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="dash-main">
        {snapshot && chores && trend && idb ? (
          <>
            <section id="log" aria-labelledby="log-heading" class="panel">
              <h2 id="log-heading">Log a chore</h2>
              <LogPanel idb={idb} snapshot={snapshot} />
            </section>
            <DashboardRanking
              thisWeek={snapshot.thisWeek}
              lastWeek={snapshot.lastWeek}
              settings={snapshot.settings}
              recommendationAction={(ranked) => (
                <IssueActions
                  ranked={ranked}
                  settings={snapshot.settings}
                  repository={chores.find((c) => c.id === ranked.choreId)?.repository}
                />
              )}
            />
            <TrendSection weekLabels={trend.weeks.map((w) => w.label)} series={trend.series} />
            <HistorySection
              db={db}
              chores={chores}
              weeks={trend.weeks}
              timeZone={snapshot.settings.timeZone}
            />
            <ChoresSection db={db} chores={chores} settings={snapshot.settings} usual={snapshot.usual} />
            <LazyDiscovery db={db} chores={chores} settings={snapshot.settings} />
            <TeamSection db={db} timeZone={snapshot.settings.timeZone} />
            <SettingsSection db={db} settings={snapshot.settings} />
            <DataSection db={db} />
          </>
        ) : (
          <p class="muted" aria-live="polite">
            Loading…
          </p>
        )}
      </main>
    </div>
  );
}
