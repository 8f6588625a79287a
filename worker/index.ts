import { Hono } from 'hono';

const app = new Hono<{ Bindings: Env }>();

app.get('/health', async (c) => {
  const row = await c.env.DB.prepare('SELECT 1 AS ok').first<{ ok: number }>();
  return c.json({ ok: row?.ok === 1 });
});

export default app;
