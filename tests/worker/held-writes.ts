import { env } from 'cloudflare:test';

const WRITE = /^\s*(INSERT|UPDATE|DELETE)/i;

/**
 * The Worker's D1 with the request's first write (a batch, or a write statement run alone) held until
 * `release` resolves: the request is past its reads (its caller authenticated, what it plans from read)
 * while another request runs and commits.
 */
function heldWrites(db: D1Database, release: Promise<unknown>, reached: () => void): D1Database {
  let held = false;
  const hold = async () => {
    if (held) return;
    held = true;
    reached();
    await release;
  };
  const statement = (stmt: D1PreparedStatement, sql: string): D1PreparedStatement =>
    new Proxy(stmt, {
      get(target, prop) {
        if (prop === 'bind') return (...args: unknown[]) => statement(target.bind(...args), sql);
        if (prop === 'run' && WRITE.test(sql)) {
          return async () => {
            await hold();
            return target.run();
          };
        }
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'batch') {
        return async (statements: D1PreparedStatement[]) => {
          await hold();
          return target.batch(statements);
        };
      }
      if (prop === 'prepare') return (sql: string) => statement(target.prepare(sql), sql);
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Runs `first` with its first write held until `between` has finished, then lets it go on. */
export async function interleaved<T>(
  first: (db: D1Database) => Promise<T>,
  between: () => Promise<unknown>,
): Promise<T> {
  let reached = () => {};
  const atWrite = new Promise<void>((r) => {
    reached = r;
  });
  let release = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const running = first(heldWrites(env.DB, gate, reached));
  await atWrite;
  await between();
  release();
  return running;
}
