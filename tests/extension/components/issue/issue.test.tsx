import { describe, expect, it } from 'vitest';
import { ChoreCard } from '../../../../extension/components/dashboard/ChoreCard';
import { getSettings, saveSettings } from '../../../../extension/db/dexie';
import { setChoreRepository } from '../../../../extension/db/dexie/repository';
import { wireChore } from '../../../../extension/sync/wire';
import { REPOSITORY_HINT } from '../../../../shared/forge';
import { DAY, dump, freshDb } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';
import { alerts, byLabel, eventually, find, mount, submit, type } from '../../fixtures/ui';

async function seeded() {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Restart CI', defaultMinutes: 6 });
  for (let d = 1; d <= 20; d += 2) {
    await logOccurrence(db, { choreId: chore.id, source: 'click', at: Date.now() - d * DAY });
  }
  return { db, chore, settings: await getSettings(db) };
}

describe('a chore’s repository', () => {
  it('is stored normalised to the project root, removed by an empty text, and never sent by sync', async () => {
    const { db, chore } = await seeded();
    const saved = await setChoreRepository(db, chore.id, ' https://github.com/acme/infra.git/ ');
    expect(saved.repository).toBe('https://github.com/acme/infra');
    expect(JSON.stringify(wireChore(saved))).not.toContain('acme');
    const gitlab = await setChoreRepository(db, chore.id, 'https://gitlab.com/g/sub/proj/-/issues');
    expect(gitlab.repository).toBe('https://gitlab.com/g/sub/proj');
    const removed = await setChoreRepository(db, chore.id, '');
    expect(removed).not.toHaveProperty('repository');
  });

  it('refuses anything but a GitHub or GitLab project, with the reason, changing nothing', async () => {
    const { db, chore } = await seeded();
    const before = await dump(db);
    await expect(setChoreRepository(db, chore.id, 'https://example.com/a/b')).rejects.toThrow(
      REPOSITORY_HINT,
    );
    await expect(setChoreRepository(db, chore.id, 'https://u:p@github.com/a/b')).rejects.toThrow(
      'repository must not hold a user name or password',
    );
    expect(await dump(db)).toEqual(before);
  });
});

describe('self-hosted forges and look-alike hosts', () => {
  it('takes a self-hosted forge only once it is added in the settings, over https, on that host', async () => {
    const { db, chore } = await seeded();
    await expect(setChoreRepository(db, chore.id, 'https://git.example.com/ops/tools')).rejects.toThrow(
      REPOSITORY_HINT,
    );
    await saveSettings(db, { forgeHosts: [{ host: 'git.example.com', forge: 'gitlab' }] });
    const saved = await setChoreRepository(db, chore.id, 'https://git.example.com/ops/tools.git');
    expect(saved.repository).toBe('https://git.example.com/ops/tools');
    await expect(setChoreRepository(db, chore.id, 'http://git.example.com/ops/tools')).rejects.toThrow(
      'repository must be an https address',
    );
    const root = mount(
      <ChoreCard
        db={db}
        chore={saved}
        settings={await getSettings(db)}
        usualMinutes={6}
        traits={saved.traits}
      />,
    );
    const link = await eventually(() => find(root, 'a', 'Open issue') as HTMLAnchorElement);
    expect(link.href.startsWith('https://git.example.com/ops/tools/-/issues/new?')).toBe(true);
  }, 30_000);

  it('offers no Open issue for a stored repository on a look-alike host, and says why', async () => {
    const { db, chore, settings } = await seeded();
    const stored = { ...chore, repository: 'https://github.com.evil.example/acme/infra' };
    await db.chores.put(stored);
    const root = mount(
      <ChoreCard db={db} chore={stored} settings={settings} usualMinutes={6} traits={stored.traits} />,
    );
    await eventually(() => find(root, 'button', 'Copy as issue'));
    expect(root.querySelector('a.button')).toBeNull();
    expect(root.querySelector('.chore-issue .repository-note')?.textContent).toBe(
      `No “Open issue” for this repository: ${REPOSITORY_HINT}.`,
    );
  }, 30_000);
});

describe('Copy as issue and Open issue on the chore card', () => {
  it('copies the Markdown issue, and with a repository links to its prefilled new-issue page', async () => {
    const { db, chore, settings } = await seeded();
    const root = mount(
      <ChoreCard db={db} chore={chore} settings={settings} usualMinutes={6} traits={chore.traits} />,
    );
    type(byLabel(root, 'Repository (GitHub or GitLab)'), 'not a url');
    await submit(root.querySelector('.chore-issue form'));
    await eventually(() => expect(alerts(root)).toEqual([REPOSITORY_HINT]));

    find(root, 'button', 'Copy as issue').click();
    await eventually(async () => {
      const text = await navigator.clipboard.readText();
      expect(text).toMatch(/^# Automate: Restart CI\n/);
      expect(text).toContain('| How often |');
      expect(text).toContain('## Done when');
    });
    expect(root.querySelector('a.button')).toBeNull();

    await setChoreRepository(db, chore.id, 'https://github.com/acme/infra');
    const stored = await db.chores.get(chore.id);
    if (!stored) throw new Error('chore gone');
    const again = mount(
      <ChoreCard db={db} chore={stored} settings={settings} usualMinutes={6} traits={stored.traits} />,
    );
    const link = await eventually(() => find(again, 'a', 'Open issue') as HTMLAnchorElement);
    const url = new URL(link.href);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/acme/infra/issues/new');
    expect(url.searchParams.get('title')).toBe('Automate: Restart CI');
    expect(url.searchParams.get('body')).toContain('| Hours a year |');
    expect(link.rel).toContain('noopener');
  }, 30_000);
});
