import type { OutboxRow } from './core/rows';
import type { ToilDb } from './schema';

/** Records a change for the sync issue to upload. Call inside the transaction that makes the change. */
export function enqueue(db: ToilDb, table: OutboxRow['table'], id: string, op: OutboxRow['op'], at: number) {
  return db.outbox.add({ table, id, op, at });
}
