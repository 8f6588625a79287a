// Runs before `npm test` (its `pretest`): the end-to-end tests drive a real Chromium and Firefox ESR.
// Where one is missing and this machine can install it (Debian, as root), install it from Debian's
// packages, saying so; anywhere else, stop within seconds with the exact command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The browsers the e2e tests launch: where they look (tests/e2e/browser.ts, firefox.ts) and Debian's package. */
export const BROWSERS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', debian: 'chromium' },
  { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', debian: 'firefox-esr' },
];

/**
 * What to do, from what this machine has: `ok`, `install` (Debian as root: the packages to install), or
 * `stop` with the message that says what to run. Pure, so it is tested without touching the machine.
 */
export function browserPlan({ env, exists, debian, root }) {
  const missing = BROWSERS.filter((b) => !exists(env[b.env] || b.path));
  if (missing.length === 0) return { action: 'ok' };
  const custom = missing.filter((b) => env[b.env]);
  if (custom.length > 0) {
    const where = custom.map((b) => `${b.env}=${env[b.env]}`).join(', ');
    return {
      action: 'stop',
      message: `npm test: no browser at ${where}; point it at a ${custom[0].name} binary.`,
    };
  }
  const packages = missing.map((b) => b.debian);
  const apt = `apt-get install -y ${packages.join(' ')}`;
  if (debian && root) return { action: 'install', packages, command: apt };
  const names = missing.map((b) => b.name).join(' and ');
  const how = debian
    ? `run: sudo apt-get update && sudo ${apt}`
    : `install ${names} and set ${missing.map((b) => `${b.env}=/path/to/it`).join(' ')}`;
  return { action: 'stop', message: `npm test needs ${names} for its end-to-end tests; ${how}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const plan = browserPlan({
    env: process.env,
    exists: existsSync,
    debian: existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get'),
    root: process.getuid?.() === 0,
  });
  if (plan.action === 'stop') {
    console.error(plan.message);
    process.exit(1);
  }
  if (plan.action === 'install') {
    console.log(
      `npm test: installing ${plan.packages.join(' and ')} from Debian's packages (${plan.command})`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...plan.packages], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  }
}
