import { useState } from 'preact/hooks';
import { type Forge, type ForgeHost, forgeHost } from '../../../shared/forge';
import type { Settings } from '../../db/core/settings';
import { saveSettings, type ToilDb } from '../../db/dexie';
import { userMessage } from '../../lib/user-message';
import { Field } from './Field';

type Props = { db: ToilDb; settings: Settings };

const FORGE_NAMES: Record<Forge, string> = { github: 'GitHub Enterprise', gitlab: 'GitLab' };

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/**
 * The self-hosted forges "Open issue" may link to, besides github.com and gitlab.com: each added by the
 * user, by exact host (and port), reached over https. Saved at once, apart from the settings form.
 */
export function ForgeHostsForm({ db, settings }: Props) {
  const [hosts, setHosts] = useState<readonly ForgeHost[]>(settings.forgeHosts);
  const [address, setAddress] = useState('');
  const [forge, setForge] = useState<Forge>('gitlab');
  const [error, setError] = useState<string>();
  const save = async (next: ForgeHost[]) => {
    try {
      setHosts((await saveSettings(db, { forgeHosts: next })).forgeHosts);
      setError(undefined);
      return true;
    } catch (failure) {
      setError(userMessage(failure));
      return false;
    }
  };
  const add = async (e: Event) => {
    e.preventDefault();
    const read = forgeHost(address);
    if ('problem' in read) return setError(sentence(read.problem));
    if (hosts.some((h) => h.host === read.host)) return setError(`${read.host} is already added.`);
    if (await save([...hosts, { host: read.host, forge }])) setAddress('');
  };

  return (
    <form class="forge-hosts" onSubmit={add} noValidate>
      <fieldset>
        <legend>Self-hosted forges</legend>
        <p class="muted small">
          “Open issue” links to github.com, gitlab.com and the forges added here (by host, over https).
        </p>
        {hosts.length ? (
          <ul>
            {hosts.map((h) => (
              <li key={h.host} class="forge-host row">
                {h.host} ({FORGE_NAMES[h.forge]})
                <button type="button" onClick={() => void save(hosts.filter((other) => other !== h))}>
                  Remove<span class="visually-hidden"> {h.host}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div class="row wrap add">
          <Field id="forge-host" label="Forge address">
            <input
              id="forge-host"
              inputMode="url"
              placeholder="https://git.example.com"
              value={address}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'forge-host-error' : undefined}
              onInput={(e) => setAddress(e.currentTarget.value)}
            />
          </Field>
          <Field id="forge-kind" label="It runs">
            <select id="forge-kind" value={forge} onChange={(e) => setForge(e.currentTarget.value as Forge)}>
              <option value="gitlab">{FORGE_NAMES.gitlab}</option>
              <option value="github">{FORGE_NAMES.github}</option>
            </select>
          </Field>
          <button type="submit">Add forge</button>
        </div>
        {error ? (
          <p id="forge-host-error" class="error" role="alert">
            {error}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}
