// The sync server's setup secret (env SETUP_TOKEN): only its holder creates teams. Locally it lives in
// worker/.dev.vars (wrangler's file for local secrets, git-ignored); deployed, it is a Worker secret.
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

export const DEV_VARS = 'worker/.dev.vars';
const LINE = /^\s*SETUP_TOKEN\s*=\s*(.*?)\s*$/m;

/** A new 256-bit secret, base64url (43 characters). */
export function newSecret() {
  return randomBytes(32).toString('base64url');
}

/**
 * The SETUP_TOKEN of a .dev.vars file. Creates the file when it is missing (owner-only), appends the line
 * when the file has none, and never changes an existing value.
 */
export function ensureSetupToken(file = DEV_VARS) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const found = text === null ? null : LINE.exec(text);
  if (found) return { token: (found[1] ?? '').replace(/^(['"])(.*)\1$/, '$2'), created: false };
  const token = newSecret();
  if (text === null) writeFileSync(file, `SETUP_TOKEN=${token}\n`, { mode: 0o600 });
  else appendFileSync(file, `${text === '' || text.endsWith('\n') ? '' : '\n'}SETUP_TOKEN=${token}\n`);
  return { token, created: true };
}

/** Whether `wrangler secret list` (its JSON output) names the secret. */
export function hasSecret(listJson, name) {
  let list;
  try {
    list = JSON.parse(listJson);
  } catch {
    throw new Error(`cannot read \`wrangler secret list\`: ${listJson.slice(0, 200)}`);
  }
  return Array.isArray(list) && list.some((s) => s?.name === name);
}
