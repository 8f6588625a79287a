import { describe, expect, it } from 'vitest';
import { browserPlan } from '../../scripts/browsers.mjs';

const has =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('npm test finds the browsers its end-to-end tests need', () => {
  it('goes on when both are where the tests look', () => {
    const exists = has('/usr/bin/chromium', '/usr/bin/firefox-esr');
    expect(browserPlan({ env: {}, exists, debian: false, root: false })).toEqual({ action: 'ok' });
  });

  it('installs what is missing from Debian’s packages when it runs as root on Debian', () => {
    const plan = browserPlan({ env: {}, exists: has('/usr/bin/chromium'), debian: true, root: true });
    expect(plan).toEqual({
      action: 'install',
      packages: ['firefox-esr'],
      command: 'apt-get install -y firefox-esr',
    });
  });

  it('stops with the exact command on Debian without root', () => {
    const plan = browserPlan({ env: {}, exists: has(), debian: true, root: false });
    expect(plan).toEqual({
      action: 'stop',
      message:
        'npm test needs Chromium and Firefox ESR for its end-to-end tests; run: sudo apt-get update && sudo apt-get install -y chromium firefox-esr',
    });
  });

  it('stops elsewhere, naming the variables that point at the browsers', () => {
    const plan = browserPlan({ env: {}, exists: has('/usr/bin/firefox-esr'), debian: false, root: true });
    expect(plan).toEqual({
      action: 'stop',
      message:
        'npm test needs Chromium for its end-to-end tests; install Chromium and set CHROMIUM_PATH=/path/to/it',
    });
  });

  it('uses the browsers the variables name, and never installs over a path the user gave', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome', FIREFOX_PATH: '/opt/ff/firefox' };
    expect(browserPlan({ env, exists: has(...Object.values(env)), debian: true, root: true })).toEqual({
      action: 'ok',
    });
    const plan = browserPlan({ env, exists: has('/opt/ff/firefox'), debian: true, root: true });
    expect(plan).toEqual({
      action: 'stop',
      message: 'npm test: no browser at CHROMIUM_PATH=/opt/chrome/chrome; point it at a Chromium binary.',
    });
  });
});
