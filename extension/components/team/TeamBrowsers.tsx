import { useEffect, useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie/schema';
import { formatDateTime } from '../../lib/format';
import { type Device, listDevices, revokeDevice, rotateToken } from '../../sync/devices';
import type { Fetch } from '../../sync/http';
import { ActError } from './admin/ActError';
import { ActionsTableHead } from './admin/ActionsTableHead';
import { useAct } from './admin/use-act';
import { TeamDeviceLink } from './TeamDeviceLink';

type Props = { db: ToilDb; timeZone: string; fetcher?: Fetch };

const nameOf = (device: Device) => device.label ?? 'The browser you joined with';

/**
 * "Your browsers": each browser the member syncs from signs in with a token of its own. Another one can
 * be revoked (it stops at its next request); this one's token can be rotated (the others keep theirs).
 */
export function TeamBrowsers({ db, timeZone, fetcher }: Props) {
  const { busy, error, run } = useAct();
  const [devices, setDevices] = useState<Device[]>();
  const [rotated, setRotated] = useState(false);
  const reload = async () => setDevices(await listDevices(db, fetcher));
  useEffect(() => {
    void run(reload);
  }, [db]);
  const act = (task: () => Promise<unknown>) => () =>
    void run(async () => {
      setRotated(false);
      await task();
      await reload();
    });

  return (
    <section class="team-browsers" aria-labelledby="team-browsers-heading">
      <h3 id="team-browsers-heading">Your browsers</h3>
      <p class="muted small">
        Each browser you sync from has a sign-in token of its own. Revoke one you no longer use or trust: it
        stops syncing at its next request. Rotating this browser’s token replaces it; the old one stops
        working at once.
      </p>
      {devices ? (
        <table class="browser-list">
          <caption class="visually-hidden">Your browsers</caption>
          <ActionsTableHead columns={['Browser', 'Since']} />
          <tbody>
            {devices.map((device) => (
              <tr key={device.id} class={device.current ? 'browser-row current' : 'browser-row'}>
                <td class="name">
                  {nameOf(device)}
                  {device.current ? <strong class="this-browser"> (this browser)</strong> : null}
                </td>
                <td>{formatDateTime(device.createdAt, timeZone)}</td>
                <td class="actions">
                  {device.current ? (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={act(async () => {
                        await rotateToken(db, fetcher);
                        setRotated(true);
                      })}
                    >
                      Rotate my token
                    </button>
                  ) : (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={act(() => revokeDevice(db, device.id, fetcher))}
                    >
                      Revoke<span class="visually-hidden"> {nameOf(device)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {rotated ? (
        <p class="ok small" role="status">
          This browser now signs in with a new token; the old one no longer works.
        </p>
      ) : null}
      <ActError error={error} />
      <TeamDeviceLink db={db} timeZone={timeZone} {...(fetcher ? { fetcher } : {})} />
    </section>
  );
}
