import { useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie/schema';
import { deviceLink } from '../../sync/join-link';
import { readSyncState } from '../../sync/state';

type Props = { db: ToilDb; server: string };

/** "Use this team in another browser": a link that makes that browser sync as the same member. */
export function TeamDeviceLink({ db, server }: Props) {
  const [link, setLink] = useState<string | undefined>();
  const show = async () => {
    const state = await readSyncState(db);
    if (state) setLink(deviceLink(server, state.token));
  };
  return (
    <details class="device-link">
      <summary>Use this team in another browser</summary>
      <p class="small">
        Paste this link into the other browser’s “Join a team” form: both browsers then sync as you and each
        shows the entries of both. Anyone with the link can sync as you; keep it to yourself.
      </p>
      {link ? (
        <input
          aria-label="Link for your other browser"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : (
        <button type="button" onClick={() => void show()}>
          Show the link
        </button>
      )}
    </details>
  );
}
