import { expect, it } from 'vitest';
import { DashboardApp } from '../../../../extension/components/dashboard/DashboardApp';
import { freshDb } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';
import { eventually, find, mount } from '../../fixtures/ui';

it("says the same usual minutes on the chore's button and on its card", async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Manual deploy', defaultMinutes: 30 });
  await logOccurrence(db, { choreId: chore.id, minutes: 45, source: 'click' });
  await logOccurrence(db, { choreId: chore.id, minutes: 50, source: 'click' });
  const root = mount(<DashboardApp db={db} />);
  await eventually(() => expect(root.querySelector('.chore-log .minutes')?.textContent).toBe('45 min'));
  expect(find(root, '.chore-card summary').textContent).toContain('usually 45 min');
});
