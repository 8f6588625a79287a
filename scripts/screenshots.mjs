// npm run screenshots: the README's pictures of the product, taken by the e2e tests that look at each
// screen (light and dark, at its real size), then copied from tests/e2e/screenshots into docs/screenshots.
// Run it after changing a screen and commit what changed; it stops if a picture was not taken.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const taken = path.join(root, 'tests/e2e/screenshots');
const docs = path.join(root, 'docs/screenshots');

/** The e2e files that take the pictures below. */
const TESTS = ['popup-views', 'ranking', 'team-admin', 'server-dashboard', 'discovery'];

const both = (name) => [`${name}-light.png`, `${name}-dark.png`];
/** The pictures the README shows: the popup's views, the full page, the team screens, discovery. */
const PICTURES = [
  ...both('popup-log'),
  ...both('popup-ranking'),
  ...both('popup-team-view'),
  ...both('ranking-dashboard-1100'),
  ...both('ranking-dashboard-1440'),
  ...both('team-start'),
  ...both('team-admin'),
  'server-dashboard-light-1100.png',
  'server-dashboard-dark-1100.png',
  'server-dashboard-light-375.png',
  ...both('discovery'),
];

const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

run('npm', ['run', 'build']);
run('npm', ['run', 'build:e2e']);
run('npx', ['vitest', 'run', '--project', 'e2e', ...TESTS.map((t) => `tests/e2e/${t}.test.ts`)]);

mkdirSync(docs, { recursive: true });
const missing = PICTURES.filter((name) => !existsSync(path.join(taken, name)));
if (missing.length > 0) {
  console.error(`These pictures were not taken: ${missing.join(', ')}`);
  process.exit(1);
}
for (const name of PICTURES) copyFileSync(path.join(taken, name), path.join(docs, name));
console.log(`${PICTURES.length} pictures in docs/screenshots.`);
