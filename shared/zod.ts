import { z } from 'zod';

// Every schema is built on this `z`. The product checks data where `eval` is not allowed: extension
// pages (their Content-Security-Policy) and the Worker. Left to itself, zod tries `new Function` once to
// see whether it may compile parsers; it catches the refusal, but Firefox reports it as a CSP violation
// error on the page (seen in tests/e2e/firefox.test.ts). Results are the same without compiled parsers,
// and neither the extension nor the Worker could compile them anyway.
z.config({ jitless: true });

export { z };
