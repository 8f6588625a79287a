import { createRoute, z } from '@hono/zod-openapi';
import { asAnyone } from '../http/access';
import { errorResponses, json, newRouter } from '../http/router';

const HealthSchema = z.strictObject({ ok: z.boolean() }).meta({ id: 'Health' });

const health = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['Health'],
  summary: 'Whether the server runs and reaches its database (for uptime checks)',
  ...asAnyone,
  responses: { 200: { description: 'Up', ...json(HealthSchema) }, ...errorResponses(503) },
});

export function healthRoutes() {
  return newRouter().openapi(health, async (c) => {
    const row = await c.env.DB.prepare('SELECT 1 AS ok').first<{ ok: number }>();
    return c.json({ ok: row?.ok === 1 }, 200);
  });
}
