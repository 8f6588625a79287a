import type { Fetch } from '../../extension/sync/http';
import type { Change, PulledChange } from '../../shared/api/sync';

const idOf = (c: Change) => (c.type === 'chore' ? c.chore.id : c.occurrence.id);

/**
 * A member's change feed served the way the Worker serves it (fake-indexeddb tests have no Worker):
 * push takes changes, each gets the next version and replaces the record's older entry; pull answers
 * what changed after a cursor "<version>.<type>.<id>", `limit` at a time. A route can be overridden to
 * answer something else (a hostile page, a 401, a 503).
 */
export function stubServer(url = 'https://toil.test') {
  let feed: PulledChange[] = [];
  let version = 0;
  const overrides = new Map<string, (init?: RequestInit) => Response>();
  const add = (changes: Change[]) => {
    for (const change of changes) {
      version += 1;
      feed = [...feed.filter((c) => idOf(c) !== idOf(change)), { ...change, version } as PulledChange];
    }
  };
  const pull = (params: URLSearchParams) => {
    const after = Number((params.get('cursor') ?? '0').split('.')[0]);
    const limit = Number(params.get('limit') ?? 500);
    const rest = feed.filter((c) => c.version > after);
    const changes = rest.slice(0, limit);
    const last = changes.at(-1);
    const cursor = last ? `${last.version}.${last.type}.${idOf(last)}` : (params.get('cursor') ?? '0');
    return { changes, cursor, more: rest.length > limit };
  };
  const fetch: Fetch = async (input, init) => {
    const { pathname, searchParams } = new URL(input);
    const override = overrides.get(pathname);
    if (override) return override(init);
    if (pathname === '/v1/sync/pull') return Response.json(pull(searchParams));
    if (pathname === '/v1/sync/push') {
      const { changes } = JSON.parse(String(init?.body)) as { changes: Change[] };
      add(changes);
      const results = changes.map((c, index) => ({ index, id: idOf(c), status: 'applied' }));
      return Response.json({ results, version });
    }
    return Response.json({ message: 'not found' }, { status: 404 });
  };
  return {
    url,
    fetch,
    /** Changes made on the member's other device, as its push would have left them. */
    add,
    /** Answers `pathname` with `answer` (given the request) instead of serving the feed. */
    override: (pathname: string, answer: (init?: RequestInit) => Response) => overrides.set(pathname, answer),
    restore: () => overrides.clear(),
    head: () => pull(new URLSearchParams({ cursor: '0', limit: '100000' })).cursor,
  };
}
