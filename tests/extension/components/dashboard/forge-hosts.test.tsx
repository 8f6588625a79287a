import { expect, it } from 'vitest';
import { SettingsSection } from '../../../../extension/components/dashboard/SettingsSection';
import { getSettings } from '../../../../extension/db/dexie';
import { freshDb } from '../../fixtures/db';
import { alerts, button, byLabel, eventually, mount, submit, type } from '../../fixtures/ui';

const hostsForm = (root: HTMLElement) => root.querySelector<HTMLFormElement>('form.forge-hosts');

it('adds a self-hosted forge over https only, lists it and removes it', { timeout: 30_000 }, async () => {
  const db = await freshDb();
  const root = mount(<SettingsSection db={db} settings={await getSettings(db)} />);

  type(byLabel(root, 'Forge address'), 'http://git.example.com');
  await submit(hostsForm(root));
  await eventually(() => expect(alerts(root)).toEqual(['A forge must be reached over https.']));
  type(byLabel(root, 'Forge address'), 'https://ghe.corp.example:8443/');
  type(byLabel<HTMLSelectElement>(root, 'It runs'), 'github');
  await submit(hostsForm(root));
  await eventually(async () =>
    expect((await getSettings(db)).forgeHosts).toEqual([{ host: 'ghe.corp.example:8443', forge: 'github' }]),
  );

  type(byLabel(root, 'Forge address'), 'git.example.com');
  type(byLabel<HTMLSelectElement>(root, 'It runs'), 'gitlab');
  await submit(hostsForm(root));
  await eventually(() =>
    expect([...root.querySelectorAll('.forge-host')].map((li) => li.textContent)).toEqual([
      'ghe.corp.example:8443 (GitHub Enterprise)Remove ghe.corp.example:8443',
      'git.example.com (GitLab)Remove git.example.com',
    ]),
  );
  button(root, 'Remove ghe.corp.example:8443').click();
  await eventually(async () =>
    expect((await getSettings(db)).forgeHosts).toEqual([{ host: 'git.example.com', forge: 'gitlab' }]),
  );
  expect(alerts(root)).toEqual([]);
});
