import { env } from 'cloudflare:test';

type Captured = { sql: string; args: unknown[] };

/** env.DB, recording every statement prepared through it with the values bound to it. */
export function recording(db: D1Database) {
  const captured: Captured[] = [];
  const wrapped = new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          const statement = target.prepare(sql);
          const bind = statement.bind.bind(statement);
          statement.bind = (...args: unknown[]) => {
            captured.push({ sql, args });
            return bind(...args);
          };
          return statement;
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: wrapped, captured };
}

/**
 * What in `captured` reads a stored table whole, or all rows of one team or member, as EXPLAIN QUERY PLAN
 * says: a SCAN of a table ("SCAN json_each" reads the statement's own input, and "SCAN <cte or subquery>"
 * rows already found), or a SEARCH on nothing but the team or the member (a scan by another name).
 */
export async function wholeReads(captured: Captured[]): Promise<string[]> {
  const tables = new Set(
    (
      await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>()
    ).results.map((r) => r.name),
  );
  const problems: string[] = [];
  for (const { sql, args } of captured) {
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...args)
      .all<{ detail: string }>();
    for (const { detail } of plan.results) {
      const table = /^SCAN (\w+)/.exec(detail)?.[1];
      const whole = /^SEARCH \w+ USING .*\((team_id=\?|member_id=\?|team_id=\? AND member_id=\?)\)$/.test(
        detail,
      );
      if ((table && tables.has(table)) || whole)
        problems.push(`${detail}\n  in: ${sql.replace(/\s+/g, ' ').slice(0, 120)}`);
    }
  }
  return problems;
}
