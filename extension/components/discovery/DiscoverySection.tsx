import '../../styles/discovery.css';
import { useState } from 'preact/hooks';
import { formatCountOf, formatNumber } from '../../../shared/count-words';
import { isDismissed } from '../../../shared/discovery';
import type { Chore, RankingSettings } from '../../../shared/model';
import type { ToilDb } from '../../db/dexie';
import { forgetDiscovery, getDiscovery, saveDiscoveryWeeks, storeDiscovery } from '../../db/dexie/discovery';
import { formatDateTime } from '../../lib/format';
import { useLiveQuery } from '../../lib/use-live-query';
import { userMessage } from '../../lib/user-message';
import { CandidateCard } from './CandidateCard';
import { dropHistory, requestHistory } from './history';
import { readNote } from './read-note';
import { runDiscovery } from './run-discovery';

export type Props = { db: ToilDb; chores: Chore[]; settings: RankingSettings };

const PROGRESS_MS = 100;

/**
 * "Find toil in my browsing": asks for the history permission at the click, reads the history on the
 * device, and offers what recurs as chores. "Stop and forget" gives the permission back and deletes it all.
 */
export function DiscoverySection({ db, chores, settings }: Props) {
  const state = useLiveQuery(() => getDiscovery(db), [db]);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string }>();
  const [reading, setReading] = useState<{ pages: number; of: number }>();

  const find = async () => {
    setNote(undefined);
    // Asked inside the click: browsers grant optional permissions only to a user gesture.
    const granted = await requestHistory().catch(() => false);
    if (!granted)
      return setNote({ ok: false, text: 'Without access to the history there is nothing to read.' });
    setBusy(true);
    // A long history is read in seconds, not at once: the count of pages read shows how far it has come,
    // redrawn at most every PROGRESS_MS and when the last page is read.
    let shown = 0;
    const onProgress = (pages: number, of: number) => {
      if (pages < of && performance.now() - shown < PROGRESS_MS) return;
      shown = performance.now();
      setReading({ pages, of });
    };
    try {
      const found = await runDiscovery(state?.meta.weeks ?? 4, chores, settings, onProgress);
      await storeDiscovery(db, found);
      setNote({ ok: true, text: readNote(found) });
    } catch (e) {
      setNote({ ok: false, text: userMessage(e) });
    } finally {
      setBusy(false);
      setReading(undefined);
    }
  };

  const forget = async () => {
    const dropped = await dropHistory();
    await forgetDiscovery(db).then(
      () =>
        setNote({
          ok: true,
          text: dropped
            ? 'Forgotten: history access given back, candidates and dismissals deleted.'
            : 'Candidates and dismissals deleted. This browser keeps the history access; remove it in the extension’s settings.',
        }),
      (e: unknown) => setNote({ ok: false, text: userMessage(e) }),
    );
  };

  const setWeeks = (value: string) =>
    saveDiscoveryWeeks(db, Number(value)).then(
      () => setNote(undefined),
      (e: unknown) => setNote({ ok: false, text: userMessage(e) }),
    );

  const all = state?.candidates ?? [];
  const open = all.filter((c) => !c.tracked && !isDismissed(c, state?.dismissed ?? new Set()));
  const tracked = all.filter((c) => c.tracked);
  const lastRun = state?.meta.lastRun;
  const accepted = open.filter((c) => c.choreId).length;
  const waiting = open.length - accepted;
  return (
    <section id="discovery" aria-labelledby="discovery-heading" class="panel discovery">
      <h2 id="discovery-heading">Find toil in my browsing</h2>
      <p class="muted small">
        Reads this browser’s history on this device to find pages you return to again and again. Nothing is
        sent anywhere; private windows are never in the history; candidates stay here, never synced or
        exported.
      </p>
      <div class="row wrap">
        <button type="button" class="primary" onClick={() => void find()} disabled={busy}>
          {busy ? 'Reading the history…' : 'Find toil in my browsing'}
        </button>
        <label class="row">
          Weeks to read{' '}
          <input
            type="number"
            min={1}
            max={12}
            value={state?.meta.weeks ?? 4}
            onChange={(e) => void setWeeks(e.currentTarget.value)}
            class="weeks"
          />
        </label>
        <button type="button" onClick={() => void forget()}>
          Stop and forget
        </button>
      </div>
      {busy ? (
        <p class="reading muted small">
          {reading ? (
            <progress
              max={Math.max(1, reading.of)}
              value={reading.pages}
              aria-label="Pages of the history read"
            />
          ) : null}
          {!reading
            ? 'Asking the browser for its history…'
            : reading.pages < reading.of
              ? `${formatNumber(reading.pages)} of ${formatCountOf(reading.of, 'page', 'pages')} read`
              : `${formatCountOf(reading.of, 'page', 'pages')} read; looking for what recurs…`}
        </p>
      ) : null}
      <div aria-live="polite">
        {note ? (
          <p role={note.ok ? 'status' : 'alert'} class={note.ok ? 'ok' : 'error'}>
            {note.text}
          </p>
        ) : null}
      </div>
      {lastRun ? (
        <p class="muted small">
          Last read {formatDateTime(lastRun.at, settings.timeZone)}: {waiting}{' '}
          {waiting === 1 ? 'candidate' : 'candidates'}
          {accepted ? `, ${accepted} accepted` : ''}
          {tracked.length ? `, ${tracked.length} already tracked` : ''}.
        </p>
      ) : null}
      {open.length ? (
        <ul class="candidates" aria-label="Candidates">
          {open.map((c) => (
            <li key={c.id}>
              <CandidateCard db={db} candidate={c} timeZone={settings.timeZone} />
            </li>
          ))}
        </ul>
      ) : null}
      {tracked.length ? (
        <details class="tracked">
          <summary>Already tracked ({tracked.length})</summary>
          <ul class="small">
            {tracked.map((c) => (
              <li key={c.id}>
                <code>{c.template}</code>: already tracked by a chore’s site pattern
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
