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
  T0,
} from './helpers';

type Operation = { parameters?: { name: string; in: 'path' | 'query' }[] };
type Document = { paths: Record<string, Record<string, Operation>> };

const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('0', '-1', '1e309', 'NaN', '2026-11-16', 'private', '../x', '%00', 'a'.repeat(300)),
);

/** Changes a push may carry: valid ones (chores, occurrences, private), valid ones bent, and any JSON. */
const change = fc.oneof(
  fc.constant(null).map(() => choreChange(chore())),
  fc
    .record({ minutes: fc.double(), at: fc.integer(), choreId: text })
    .map((o) => occurrenceChange(occurrence('', o))),
  fc.record({ type: fc.constant('private'), choreId: fc.oneof(text, fc.constant('chore-id-0001')) }),
  fc.record({ name: text, status: text, updatedAt: fc.integer({ min: T0, max: T0 * 2 }) }).map((c) => ({
    type: 'chore',
    chore: { ...chore(), ...c },
  })),
  fc.jsonValue({ maxDepth: 3 }),
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ changes: fc.array(change, { maxLength: 6 }) }),
);

/** Every operation of the OpenAPI document, called with random parameters and bodies by every role. */
describe('openapi fuzz', () => {
  it('answers every operation with less than 500, whatever the parameters, body and token', async () => {
    const { body: doc } = await callJson<Document>('/openapi.json');
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const { path, method, op } of operations) {
      // A team of its own per operation: an erase or a leave only ends its own team's tokens.
      const team = await createTeam();
      const member = await join(team);
      const tokens = [team.adminToken, member.token, undefined, 'A'.repeat(43)];
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            segments: fc.array(text, { minLength: 3, maxLength: 3 }),
            query: fc.array(fc.tuple(fc.constantFrom(...query, 'extra'), text), { maxLength: 3 }),
            body: fc.option(body),
            token: fc.constantFrom(...tokens),
          }),
          async (r) => {
            let i = 0;
            const url = path.replace(/\{[^}]+\}/g, () => encodeURIComponent(r.segments[i++] ?? ''));
            const search = new URLSearchParams(r.query).toString();
            const res = await call(`${url}${search ? `?${search}` : ''}`, {
              method,
              token: r.token,
              body: method === 'GET' ? undefined : (r.body ?? undefined),
            });
            expect(res.status, `${method} ${url}?${search} ${JSON.stringify(r.body)}`).toBeLessThan(500);
            await res.arrayBuffer();
          },
        ),
        { numRuns: 15, seed: 20261127 },
      );
    }
  }, 300_000);
});
