import { useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie/schema';
import { formatDateTime } from '../../lib/format';
import { makePairingLink } from '../../sync/devices';
import type { Fetch } from '../../sync/http';
import { ActError } from './admin/ActError';
import { CopyField } from './admin/CopyField';
import { useAct } from './admin/use-act';

type Props = { db: ToilDb; timeZone: string; fetcher?: Fetch };

/**
 * "Use this team in another browser": a pairing link (one use, 10 minutes) that gives that browser a
 * sign-in token of its own. It holds a code, never this browser's token.
 */
export function TeamDeviceLink({ db, timeZone, fetcher }: Props) {
  const { busy, error, run } = useAct();
  const [made, setMade] = useState<{ link: string; expiresAt: number }>();
  const make = () => run(async () => setMade(await makePairingLink(db, fetcher)));
  return (
    <details class="device-link">
      <summary>Use this team in another browser</summary>
      <p class="small">
        Paste a pairing link into the other browser’s “Join a team” form: it then syncs as you, with a sign-in
        token of its own, and each browser shows the entries of both. A link pairs one browser, within 10
        minutes; a new link replaces the last.
      </p>
      {made ? (
        <>
          <CopyField id="pairing-link" label="Pairing link" value={made.link} />
          <p class="muted small pairing-expiry">
            Works once, until {formatDateTime(made.expiresAt, timeZone)}.
          </p>
        </>
      ) : null}
      <button type="button" disabled={busy} onClick={() => void make()}>
        {made ? 'Make a new pairing link' : 'Make a pairing link'}
      </button>
      <ActError error={error} />
    </details>
  );
}
