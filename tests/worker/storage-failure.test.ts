import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import app from '../../worker/index';
import {
  BASE,
  chore,
  choreChange,
  countRows,
  createTeam,
  join,
  occurrence,
  occurrenceChange,
} from './helpers';

/**
 * The real local D1, with one fault injected: the push's write batch (its second batch, after the
 * read batch) gets a last statement that fails a constraint, so D1 itself rolls the whole transaction
 * back after the records and rollups were written, as on a failure mid-push in production.
 */
function failingWriteBatch(db: D1Database): D1Database {
  let calls = 0;
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => {
          calls += 1;
          if (calls < 2) return target.batch(statements);
          return target.batch([
            ...statements,
            target.prepare('INSERT INTO teams (id, name, created_at) VALUES (NULL, NULL, 0)'),
          ]);
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('storage failure', () => {
  it('answers 503 with Retry-After when D1 fails mid-push, and nothing of the push is stored', async () => {
    const team = await createTeam();
    const m = await join(team);
    const c = chore();
    const request = new Request(`${BASE}/v1/sync/push`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${m.token}`,
        'Content-Type': 'application/json',
        'CF-Connecting-IP': '10.9.9.9',
      },
      body: JSON.stringify({ changes: [choreChange(c), occurrenceChange(occurrence(c.id))] }),
    });
    const res = await app.fetch(request, { ...env, DB: failingWriteBatch(env.DB) });
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('5');
    expect(((await res.json()) as { error: string }).error).toBe('storage_unavailable');
    expect(await countRows('chores', 'id = ?', c.id)).toBe(0);
    expect(await countRows('member_week_totals', 'member_id = ?', m.memberId)).toBe(0);
    const version = await env.DB.prepare(
      'SELECT version FROM teams t JOIN members m ON m.team_id = t.id WHERE m.id = ?',
    )
      .bind(m.memberId)
      .first<{ version: number }>();
    expect(version?.version).toBe(0);
  });
});
