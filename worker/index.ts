import { app } from './app';
import { purgeExpired } from './db/gone-tokens';

// The main module may export only handlers (workerd refuses other named exports): the app is in app.ts.
export default {
  fetch: app.fetch,
  /** Daily (triggers.crons in wrangler.jsonc): forgets gone tokens after 90 days, expired invite and pairing codes. */
  async scheduled(controller, env) {
    await purgeExpired(env.DB, controller.scheduledTime);
  },
} satisfies ExportedHandler<Env>;
