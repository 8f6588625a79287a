/**
 * Every operation of the OpenAPI document (so every new endpoint is covered without being listed here)
 * is called with random and hostile inputs: path ids, query values, bodies (shaped after the operation's
 * schema, or any JSON, or not JSON at all) and every kind of caller. The server must never answer 5xx.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  call,
  callJson,
  chore,
  choreChange,
  createTeam,
  join,
  occurrence,
  occurrenceChange,
  setupToken,
} from './helpers';

type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; enum?: unknown[] };
type Operation = {
  parameters?: { name: string; in: 'path' | 'query'; schema?: Schema }[];
  requestBody?: { content: { 'application/json'?: { schema: Schema } } };
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const RUNS = 30;

/** A team with one of each kind of caller, fresh for each operation (some operations delete it). */
async function callers() {
  const team = await createTeam();
  const member = await join(team, 'Member');
  const gone = await join(team, 'Gone');
  await call(`/v1/members/${gone.memberId}`, { method: 'DELETE', token: team.adminToken });
  const link = await callJson<{ url: string }>('/v1/view-links', { token: team.adminToken, body: {} });
  const viewToken = new URL(link.body.url).pathname.split('/').pop() ?? '';
  const tokens = await callJson<{ tokens: { id: string }[] }>('/v1/tokens', { token: team.adminToken });
  const invites = await callJson<{ invites: { id: string; inviteCode: string }[] }>('/v1/invites', {
    token: team.adminToken,
    body: { count: 3 },
  });
  const codes = invites.body.invites;
  const pairing = await callJson<{ code: string }>('/v1/me/pairing-codes', {
    method: 'POST',
    token: member.token,
  });
  return {
    // Callers who may act are drawn more often, so the fuzz reaches the handlers, not only the 401.
    tokens: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(team.adminToken, member.token) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(undefined, gone.token, viewToken, setupToken(), 'A'.repeat(43)),
      },
    ),
    ids: [
      team.adminId,
      member.memberId,
      gone.memberId,
      viewToken,
      ...tokens.body.tokens.map((t) => t.id),
      ...codes.map((i) => i.id),
    ],
    /** Values that pass validation for fields of these names, so handlers run with them. */
    plausible: {
      name: [team.name, 'Fuzzed team'],
      count: [1, 2],
      role: ['admin', 'member'],
      inviteCode: codes.map((i) => i.inviteCode),
      code: [pairing.body.code],
      deviceName: ['Firefox on Linux'],
      nonce: ['n'.repeat(22)],
      displayName: ['Bo'],
      adminName: ['Al'],
      label: ['wall'],
      settings: [{ timeZone: 'Asia/Tokyo' }, { minPeople: 2, weekStartsOn: 0 }],
      // Pushes: empty, valid chores and occurrences, a private change, bent records and other JSON.
      changes: [
        [],
        [choreChange(chore({ id: 'fuzz-chore-0001' }))],
        [occurrenceChange(occurrence('fuzz-chore-0001', { minutes: -1 }))],
        [
          { type: 'private', choreId: 'fuzz-chore-0001' },
          { type: 'private', choreId: '../x' },
        ],
        [{ type: 'chore', chore: { ...chore(), name: 'a'.repeat(300), status: 'private' } }],
        [null, 1, 'x', { type: 'occurrence' }],
      ],
      week: ['2026-11-16'],
      cursor: ['0'],
      limit: ['10'],
      erase: ['true', 'false'],
    } as Record<string, unknown[]>,
  };
}

const hostile = fc.constantFrom(
  '',
  'x',
  '%00',
  '..%2F..',
  '<script>',
  "' OR 1=1 --",
  'a'.repeat(65),
  '\u202e',
  'null',
  '-1',
  '1e309',
  '2026-02-30',
  '2026-11-16',
  'true',
);
const text = fc.oneof(hostile, fc.string({ maxLength: 80 }), fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/));

function resolve(doc: Doc, schema: Schema | undefined): Schema | undefined {
  const ref = schema?.$ref?.split('/').pop();
  return ref ? doc.components.schemas[ref] : schema;
}

/** A field's value: a plausible one (handlers run), or anything. */
function fieldValue(field: string, plausible: Record<string, unknown[]>) {
  const good = plausible[field] ?? [];
  const any = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    text,
    fc.integer(),
    fc.constantFrom(0, -1, 1e308, 20, 21),
  );
  return good.length > 0 ? fc.oneof(fc.constantFrom(...good), any) : any;
}

/** A body: any JSON, not JSON at all, or an object with the schema's fields (and some intruders). */
function bodyOf(doc: Doc, op: Operation, plausible: Record<string, unknown[]>) {
  const schema = resolve(doc, op.requestBody?.content['application/json']?.schema);
  const fields = Object.keys(schema?.properties ?? {});
  const shaped = fc
    .uniqueArray(fc.constantFrom(...fields, ...fields, '__proto__', 'teamId', 'memberId'), { maxLength: 4 })
    .chain((keys) => fc.tuple(...keys.map((k) => fieldValue(k, plausible).map((v) => [k, v] as const))))
    .map((entries) => ({ raw: JSON.stringify(Object.fromEntries(entries)) }));
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((b) => ({ raw: JSON.stringify(b) })) },
    { weight: 1, arbitrary: fc.constantFrom({ raw: '{"name": ' }, { raw: 'not json' }, { raw: '' }) },
  );
}

describe('the OpenAPI document, fuzzed', () => {
  it('never answers 5xx to any operation, whatever the caller and input', { timeout: 120_000 }, async () => {
    const doc = (await callJson<Doc>('/openapi.json')).body;
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(25);

    for (const { path, method, op } of operations) {
      const fixture = await callers();
      const params = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      const queries = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const input = fc.record({
        token: fixture.tokens,
        params: fc.array(fc.oneof(fc.constantFrom(...fixture.ids), text), {
          minLength: params.length,
          maxLength: params.length,
        }),
        query: fc
          .uniqueArray(fc.constantFrom(...queries, 'x'), { maxLength: 3 })
          .chain((keys) =>
            fc.tuple(
              ...keys.map((k) =>
                fieldValue(k, fixture.plausible).map(
                  (v) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as const,
                ),
              ),
            ),
          )
          .map((entries) => Object.fromEntries(entries)),
        body: op.requestBody ? bodyOf(doc, op, fixture.plausible) : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ token, params: values, query, body }) => {
          let url = path;
          params.forEach((name, i) => {
            url = url.replace(`{${name}}`, encodeURIComponent(values[i] ?? ''));
          });
          const search = new URLSearchParams(query).toString();
          const res = await call(search ? `${url}?${search}` : url, {
            method,
            ...(token ? { token } : {}),
            ...(body ? { rawBody: body.raw, headers: { 'Content-Type': 'application/json' } } : {}),
          });
          await res.arrayBuffer();
          expect(res.status, `${method} ${url}?${search} ${body?.raw ?? ''}`).toBeLessThan(500);
        }),
        { numRuns: RUNS },
      );
    }
  });
});
