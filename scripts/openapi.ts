// Prints the sync server's OpenAPI document, as the Worker serves it at /openapi.json, without starting a
// server: the app answers one request in-process (/openapi.json touches no binding). `npm run lint` writes
// it to .output/openapi.json and lints it with Redocly's recommended rules (redocly.yaml). Type-checked
// with the worker (worker/tsconfig.json).
import { app } from '../worker/app';

const res = await app.request('/openapi.json');
if (!res.ok) throw new Error(`/openapi.json answered ${res.status}`);
console.log(JSON.stringify(await res.json(), null, 2));
