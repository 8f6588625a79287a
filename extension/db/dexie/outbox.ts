import type { OutboxRow } from '../core/rows';
import type { ToilDb } from './schema';

/**
 * Records a change for sync to push to the team server (sync/push.ts). Call inside the transaction that
 * makes the change, so a change is never stored without its outbox row.
 */
export function enqueue(db: ToilDb, table: OutboxRow['table'], id: string, op: OutboxRow['op'], at: number) {
  return db.outbox.add({ table, id, op, at });
}
