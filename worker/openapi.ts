import type { OpenAPIHono } from '@hono/zod-openapi';

type Registry = OpenAPIHono['openAPIRegistry'];

/**
 * The OpenAPI document's own fields (the paths come from each route's createRoute()). Linted with
 * Redocly's recommended rules by `npm run lint` (scripts/openapi.ts writes it without a server).
 */
export const OPENAPI_DOCUMENT = {
  openapi: '3.0.3',
  info: {
    title: 'Toil Tracker sync server',
    version: '1',
    description:
      'The optional, self-hosted sync server of Toil Tracker: pools a team’s toil and ranks its chores, never its people. What it stores and guarantees: worker/README.md in the repository.',
    license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  },
  servers: [
    { url: 'http://127.0.0.1:8787', description: 'Local (`npm start`)' },
    {
      url: 'https://{worker}.{subdomain}.workers.dev',
      description: 'Deployed with `npm run deploy` on your Cloudflare account',
      variables: {
        worker: { default: 'toil-tracker-sync', description: 'The Worker’s name (wrangler.jsonc)' },
        subdomain: { default: 'your-account', description: 'Your account’s workers.dev subdomain' },
      },
    },
  ],
  tags: [
    { name: 'Health', description: 'Whether the server is up.' },
    { name: 'Teams', description: 'Create a team (setup secret), read, change or delete it (admins).' },
    { name: 'Invites', description: 'Single-use invite codes, and joining a team with one.' },
    { name: 'Members', description: 'The team’s members (admins); leaving and erasing one’s own data.' },
    { name: 'Tokens', description: 'The team’s tokens: list and revoke (admins).' },
    {
      name: 'Devices',
      description:
        'A member’s browsers, each with a sign-in token of its own: pairing another one with a single-use code, listing, revoking, rotating.',
    },
    { name: 'Sync', description: 'A member’s devices push their changes and pull their own records.' },
    { name: 'Leaderboard', description: 'The team’s chores ranked by team-wide pain, and their names.' },
    { name: 'Dashboard', description: 'The read-only dashboard page and the links that open it.' },
  ],
};

/** The credentials operations name in `security`; each is a bearer token the server issued. */
export function registerSecuritySchemes(registry: Registry) {
  const bearer = (description: string) => ({ type: 'http' as const, scheme: 'bearer', description });
  registry.registerComponent(
    'securitySchemes',
    'memberToken',
    bearer('A member’s token (from joining or creating a team); an admin’s token is one too.'),
  );
  registry.registerComponent(
    'securitySchemes',
    'adminToken',
    bearer('The token of a team admin: the team’s creator, or a member made admin.'),
  );
  registry.registerComponent(
    'securitySchemes',
    'viewLink',
    bearer(
      'The token of a dashboard link (the last part of /dashboard/<token>): reads the leaderboard only.',
    ),
  );
  registry.registerComponent(
    'securitySchemes',
    'setupSecret',
    bearer('The server’s setup secret (SETUP_TOKEN), which only its operator holds: creates teams.'),
  );
}
