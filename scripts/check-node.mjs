// Runs before `npm start`, `npm test` and `npm run bench` (their `pre` scripts). `npm install` brings
// Node.js 24 (the `node` dev dependency, on the PATH of every npm script), so this fails only when that
// did not happen: stop at once with one message, before any build or download. Written for old Nodes too.
import { fileURLToPath } from 'node:url';

export const NEEDED = [22, 12];

/** The message for a Node.js version string ("20.20.2"), or null when it is new enough. */
export function nodeVersionProblem(version) {
  const [major = 0, minor = 0] = String(version).replace(/^v/, '').split('.').map(Number);
  if (major > NEEDED[0] || (major === NEEDED[0] && minor >= NEEDED[1])) return null;
  return [
    `Toil Tracker needs Node.js ${NEEDED.join('.')} or newer; this is Node.js ${version}.`,
    'Run `npm install` in the repository first: it brings Node.js 24 from the npm registry for every npm script.',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = nodeVersionProblem(process.env.TOIL_NODE_VERSION_FOR_TEST || process.versions.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
