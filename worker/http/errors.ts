import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './app-env';
import { HttpError } from './http-error';

/** D1 reports its failures as errors whose message names D1 or SQLite. */
function isStorageFailure(error: Error): boolean {
  return /\bD1_|D1 |SQLITE_|Network connection lost|storage/i.test(error.message);
}

/**
 * Every error leaves as `{ error, message }`. Bad input is a 4xx (validation, malformed JSON, size);
 * a D1 failure is a 503 with Retry-After, after D1 rolled the batch back; anything else is a bug (500).
 */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof HttpError) {
    return c.json({ error: error.code, message: error.message }, error.status, error.headers);
  }
  if (error instanceof HTTPException) {
    const code = error.status === 400 ? 'invalid_request' : 'http_error';
    const message = /json/i.test(error.message)
      ? 'The body is not valid JSON.'
      : error.message || 'Bad request';
    return c.json({ error: code, message }, error.status);
  }
  if (isStorageFailure(error)) {
    console.error('storage failure', error.message);
    return c.json(
      { error: 'storage_unavailable', message: 'Storage is unavailable; nothing was saved. Retry shortly.' },
      503,
      { 'Retry-After': '5' },
    );
  }
  console.error('unexpected error', error);
  return c.json({ error: 'internal', message: 'Unexpected server error.' }, 500);
}
