// Runs at `npm install` (the `prepare` script): points git at the repository's own hooks (.githooks/,
// the commit-msg check of the subject's length). Outside a git checkout (an unpacked tarball) it does
// nothing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('.git')) {
  execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { stdio: 'inherit' });
}
